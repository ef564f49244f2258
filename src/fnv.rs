//! FNV-1a, the hasher of the word tables that are looked up once or more per
//! word of a text (titles, language words): their keys are short, where
//! SipHash's setup is most of its cost. The tables are only looked up, never
//! iterated, so the hash function changes no result.

/// The FNV-1a state.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Builds [`Fnv`] hashers for `HashMap` and `HashSet`.
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;
