//! Checks that a crypto wallet address is well formed: SHA-256 for base58check
//! (BTC, TRON), Keccak-256 for Ethereum's mixed-case EIP-55, and the bech32 /
//! bech32m polynomial for `bc1…` addresses.
//!
//! The hashes are written out here rather than taken from the `sha2` and
//! `sha3` crates: together they are under 150 lines, checked against the
//! standard test vectors below, and they only ever run on the few candidate
//! strings that already have a wallet's shape. The crates would bring six
//! transitive dependencies (digest, block-buffer, generic-array, typenum…)
//! into the wasm build for the same few kilobytes of code.

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// SHA-256 of `data` (FIPS 180-4).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64).wrapping_mul(8)).to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

const RC: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];
const ROT: [u32; 25] = [
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
];

fn keccak_f(a: &mut [u64; 25]) {
    for rc in RC {
        let mut c = [0u64; 5];
        for x in 0..5 {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(ROT[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

/// Keccak-256 of `data`, as Ethereum uses it (original padding, not SHA3-256's).
pub fn keccak256(data: &[u8]) -> [u8; 32] {
    const RATE: usize = 136;
    let mut state = [0u64; 25];
    let mut msg = data.to_vec();
    msg.push(0x01);
    while msg.len() % RATE != 0 {
        msg.push(0);
    }
    if let Some(last) = msg.last_mut() {
        *last |= 0x80;
    }
    for block in msg.chunks_exact(RATE) {
        for (i, lane) in block.chunks_exact(8).enumerate() {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(lane);
            state[i] ^= u64::from_le_bytes(bytes);
        }
        keccak_f(&mut state);
    }
    let mut out = [0u8; 32];
    for i in 0..4 {
        out[i * 8..i * 8 + 8].copy_from_slice(&state[i].to_le_bytes());
    }
    out
}

const BASE58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Decodes base58 (Bitcoin alphabet); `None` on a char outside it.
pub fn base58_decode(s: &str) -> Option<Vec<u8>> {
    let mut bytes: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.bytes() {
        let mut carry = BASE58.iter().position(|&b| b == c)? as u32;
        for b in bytes.iter_mut().rev() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.bytes().take_while(|&b| b == b'1').count();
    let mut out = vec![0u8; zeros];
    out.extend(bytes);
    Some(out)
}

/// Whether `s` is base58check of a 21-byte payload whose version byte is in `versions`
/// (the shape of BTC P2PKH/P2SH and TRON addresses).
pub fn base58check(s: &str, versions: &[u8]) -> bool {
    let Some(raw) = base58_decode(s) else {
        return false;
    };
    if raw.len() != 25 || !versions.contains(&raw[0]) {
        return false;
    }
    let sum = sha256(&sha256(&raw[..21]));
    sum[..4] == raw[21..]
}

const BECH32: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// Whether `s` is a valid segwit address with human-readable part `hrp`: bech32 for
/// witness version 0, bech32m for later versions (BIP 173, BIP 350).
pub fn segwit(s: &str, hrp: &str) -> bool {
    if s.len() > 90
        || (s.bytes().any(|b| b.is_ascii_lowercase()) && s.bytes().any(|b| b.is_ascii_uppercase()))
    {
        return false;
    }
    let s = s.to_ascii_lowercase();
    let Some((head, data)) = s.rsplit_once('1') else {
        return false;
    };
    if head != hrp || data.len() < 8 {
        return false;
    }
    let Some(values) = data
        .bytes()
        .map(|c| BECH32.iter().position(|&b| b == c).map(|v| v as u8))
        .collect::<Option<Vec<u8>>>()
    else {
        return false;
    };
    let mut chk: u32 = 1;
    let expanded = head
        .bytes()
        .map(|b| b >> 5)
        .chain([0])
        .chain(head.bytes().map(|b| b & 31))
        .chain(values.iter().copied());
    for v in expanded {
        let top = chk >> 25;
        chk = ((chk & 0x1ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
            .iter()
            .enumerate()
        {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    let program_len = (values.len() - 6 - 1) * 5 / 8;
    match values.first() {
        Some(0) => chk == 1 && (program_len == 20 || program_len == 32),
        Some(1..=16) => chk == 0x2bc8_30a3 && (2..=40).contains(&program_len),
        _ => false,
    }
}

/// Whether a `0x` + 40 hex Ethereum address is acceptable: all one case (no
/// checksum claimed), or mixed case matching EIP-55.
pub fn eth_address(s: &str) -> bool {
    let Some(hex) = s.strip_prefix("0x") else {
        return false;
    };
    if hex.len() != 40 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return false;
    }
    let has_lower = hex.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = hex.bytes().any(|b| b.is_ascii_uppercase());
    if !(has_lower && has_upper) {
        return true;
    }
    let hash = keccak256(hex.to_ascii_lowercase().as_bytes());
    hex.bytes().enumerate().all(|(i, b)| {
        let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0x0f;
        !b.is_ascii_alphabetic() || b.is_ascii_uppercase() == (nibble >= 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sha256_matches_the_fips_test_vectors() {
        let cases = [
            (
                "",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            ),
            (
                "abc",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            ),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(hex(&sha256(input.as_bytes())), want, "{input}");
        }
    }

    #[test]
    fn keccak256_matches_ethereum_vectors() {
        assert_eq!(
            hex(&keccak256(b"")),
            "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
        );
        assert_eq!(
            hex(&keccak256(&[b'a'; 200])).len(),
            64,
            "inputs longer than one block are absorbed"
        );
    }

    #[test]
    fn wallet_checks_accept_real_addresses_and_refuse_a_changed_char() {
        let good = [
            ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "btc"),
            ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "btc"),
            ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "seg"),
            ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "seg"),
            ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "trx"),
            ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "eth"),
            ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "eth"),
            ("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "eth"),
            ("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "eth"),
        ];
        let check = |s: &str, kind: &str| match kind {
            "btc" => base58check(s, &[0x00, 0x05]),
            "seg" => segwit(s, "bc"),
            "trx" => base58check(s, &[0x41]),
            _ => eth_address(s),
        };
        for (addr, kind) in good {
            assert!(check(addr, kind), "{addr} should pass");
            // Swap one char in the middle for another of the same alphabet.
            let mid = addr.len() / 2;
            let c = addr.as_bytes()[mid];
            let swapped = match c {
                b'a' => b'b',
                b'q' => b'p',
                b'Q' => b'P',
                b'A' => b'B',
                b'9' => b'8',
                _ if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                _ => b'a',
            };
            let mut bad = addr.as_bytes().to_vec();
            bad[mid] = swapped;
            let bad = String::from_utf8(bad).unwrap();
            assert!(!check(&bad, kind), "{bad} should fail");
        }
    }

    #[test]
    fn odd_strings_do_not_panic() {
        for s in ["", "1", "bc1", "bc1qqqqqq", "0x", "T", "l0O", "bc1\u{e9}"] {
            let _ = (base58check(s, &[0]), segwit(s, "bc"), eth_address(s));
        }
    }
}
