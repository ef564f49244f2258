//! Reading the codebook's JSON shapes back from a parsed [`Value`].
//!
//! Imports (a corpus export, a document handed to the page's `Corpus.add`)
//! are parsed once into a `serde_json::Value`, which the HTML reader's JSON-LD
//! needs anyway, and read from it here. Derived `Deserialize` impls would
//! compile a visitor per type and per deserializer into the wasm, about a
//! tenth of its size budget (wasm-pack.toml). The rules are those of the
//! derives: unknown fields are ignored, a missing `Option` is `None`, fields
//! marked `#[serde(default)]` take their default, and any other missing
//! field is an error.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::model::{
    Count, CountKind, Country, Crime, CrimeLabel, DateBasis, DateMention, Event, EventStatus,
    EventType, Identifier, IdentifierKind, Lang, OrgKind, Organization, Person, Place, Precision,
    Qualifier, Quote, Region, Source, Span, SpanUnit,
};

/// A message saying what could not be read.
pub(crate) type Res<T> = Result<T, String>;

/// A value that can be read from JSON.
pub(crate) trait FromJson: Sized {
    /// Reads `v`.
    fn from_json(v: &Value) -> Res<Self>;
    /// The value of a missing field: an error, except for `Option`.
    fn missing(key: &str) -> Res<Self> {
        Err(format!("missing field `{key}`"))
    }
}

fn invalid(v: &Value, expected: &str) -> String {
    let got = match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "sequence",
        Value::Object(_) => "map",
    };
    format!("invalid type: {got}, expected {expected}")
}

/// The fields of an object.
pub(crate) fn object<'a>(v: &'a Value, what: &str) -> Res<&'a Map<String, Value>> {
    v.as_object().ok_or_else(|| invalid(v, what))
}

/// A field's error, prefixed with its name (one compiled copy, not one per
/// field type).
#[inline(never)]
fn in_field(key: &str, e: String) -> String {
    format!("{key}: {e}")
}

/// A field that must be there unless it is an `Option`. Not inlined: each
/// struct reader calls it once per field, and inlined copies made those
/// readers a few kilobytes of the wasm each.
#[inline(never)]
pub(crate) fn field<T: FromJson>(o: &Map<String, Value>, key: &str) -> Res<T> {
    match o.get(key) {
        Some(v) => T::from_json(v).map_err(|e| in_field(key, e)),
        None => T::missing(key),
    }
}

/// A field that takes its default when missing (`#[serde(default)]`).
#[inline(never)]
pub(crate) fn field_or_default<T: FromJson + Default>(o: &Map<String, Value>, key: &str) -> Res<T> {
    match o.get(key) {
        Some(v) => T::from_json(v).map_err(|e| in_field(key, e)),
        None => Ok(T::default()),
    }
}

/// A value that stands in for a field that could not be read, in a struct
/// that [`Fields::done`] then drops.
pub(crate) trait Placeholder {
    /// The stand-in.
    fn placeholder() -> Self;
}

macro_rules! placeholder_default {
    ($($t:ty),*) => {$(
        impl Placeholder for $t {
            fn placeholder() -> $t {
                <$t>::default()
            }
        }
    )*};
}

placeholder_default!(String, bool, u64, usize, i32);

impl Placeholder for Span {
    fn placeholder() -> Span {
        Span(0, 0)
    }
}

impl<T> Placeholder for Option<T> {
    fn placeholder() -> Option<T> {
        None
    }
}

impl<T> Placeholder for Vec<T> {
    fn placeholder() -> Vec<T> {
        Vec::new()
    }
}

/// The fields of an object, read in place one after the other. A field that
/// fails takes a placeholder and its error is kept (the first one); `done`
/// then drops the whole struct. With `?` after each field instead, every
/// struct reader carried the drop code of all the fields read before each
/// one, most of those readers' size in the wasm. The first error is the one
/// reported, as with `?`.
pub(crate) struct Fields<'a> {
    o: &'a Map<String, Value>,
    err: Option<String>,
}

impl<'a> Fields<'a> {
    /// The fields of `v`, an object (`what` names it in the error).
    pub(crate) fn of(v: &'a Value, what: &str) -> Res<Fields<'a>> {
        Ok(Fields {
            o: object(v, what)?,
            err: None,
        })
    }

    /// A field that must be there unless it is an `Option` (see [`field`]).
    #[inline(never)]
    pub(crate) fn get<T: FromJson + Placeholder>(&mut self, key: &str) -> T {
        let r = field(self.o, key);
        self.keep(r, T::placeholder)
    }

    /// A field that takes its default when missing (see [`field_or_default`]).
    #[inline(never)]
    pub(crate) fn get_or_default<T: FromJson + Default>(&mut self, key: &str) -> T {
        let r = field_or_default(self.o, key);
        self.keep(r, T::default)
    }

    fn keep<T>(&mut self, r: Res<T>, placeholder: fn() -> T) -> T {
        match r {
            Ok(t) => t,
            Err(e) => {
                self.err.get_or_insert(e);
                placeholder()
            }
        }
    }

    /// `t`, unless a field could not be read.
    pub(crate) fn done<T>(self, t: T) -> Res<T> {
        match self.err {
            None => Ok(t),
            Some(e) => Err(e),
        }
    }
}

impl FromJson for String {
    fn from_json(v: &Value) -> Res<String> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| invalid(v, "a string"))
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Res<bool> {
        v.as_bool().ok_or_else(|| invalid(v, "a boolean"))
    }
}

impl FromJson for u64 {
    fn from_json(v: &Value) -> Res<u64> {
        v.as_u64()
            .ok_or_else(|| invalid(v, "a non-negative integer"))
    }
}

impl FromJson for usize {
    fn from_json(v: &Value) -> Res<usize> {
        usize::try_from(u64::from_json(v)?).map_err(|_| "integer out of range".to_string())
    }
}

impl FromJson for i32 {
    fn from_json(v: &Value) -> Res<i32> {
        let n = v.as_i64().ok_or_else(|| invalid(v, "an integer"))?;
        i32::try_from(n).map_err(|_| "integer out of range".to_string())
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Res<Option<T>> {
        match v {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }
    fn missing(_: &str) -> Res<Option<T>> {
        Ok(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Res<Vec<T>> {
        let items = v.as_array().ok_or_else(|| invalid(v, "a sequence"))?;
        items.iter().map(T::from_json).collect()
    }
}

impl FromJson for Span {
    fn from_json(v: &Value) -> Res<Span> {
        match v.as_array().map(Vec::as_slice) {
            Some([a, b]) => Ok(Span(usize::from_json(a)?, usize::from_json(b)?)),
            _ => Err(invalid(v, "a span [start, end]")),
        }
    }
}

/// The variant of `all` whose serialized name is `v`.
fn variant<T: Serialize + Copy>(v: &Value, all: &[T]) -> Res<T> {
    let s = v.as_str().ok_or_else(|| invalid(v, "a string"))?;
    all.iter()
        .copied()
        .find(|x| crate::aggregate::label(x) == s)
        .ok_or_else(|| format!("unknown variant `{s}`"))
}

macro_rules! enums {
    ($($t:ident [$first:ident $(, $v:ident)* $(,)?])*) => {$(
        impl FromJson for $t {
            fn from_json(v: &Value) -> Res<$t> {
                variant(v, &[$t::$first $(, $t::$v)*])
            }
        }
        impl Placeholder for $t {
            fn placeholder() -> $t {
                $t::$first
            }
        }
    )*};
}

enums! {
    Lang [Id, En, Ms, Und]
    SpanUnit [Utf8, Utf16]
    OrgKind [International, Police, Ministry, Agency, Ngo, Media]
    IdentifierKind [Phone, Email, Url, Domain, CryptoWallet, BankAccount, Handle]
    CrimeLabel [
        OnlineScam, TelecomFraud, VoicePhishing, InvestmentScam, RomanceScam, JobScam,
        OnlineGambling, HumanTrafficking, ForcedLabour, KidnappingDetention, MoneyLaundering,
        Cybercrime,
    ]
    EventType [
        Meeting, Agreement, Operation, Arrest, Repatriation, Rescue, InformationSharing, Training,
    ]
    EventStatus [Reported, Planned, Agreed]
    CountKind [Arrest, Repatriation, Rescue, Victims, Cases, Involved, Losses, Other]
    Qualifier [Exact, MoreThan, AtLeast, About, Almost, UpTo]
    Precision [Day, Month, Year]
    DateBasis [Explicit, Inferred]
}

/// `FromJson` for a struct whose fields are all read with [`field`]; `name =
/// "key"` reads a renamed field.
macro_rules! structs {
    ($($t:ident { $($f:ident $(= $key:literal)?),* $(,)? })*) => {$(
        impl FromJson for $t {
            fn from_json(v: &Value) -> Res<$t> {
                let mut o = Fields::of(v, concat!("struct ", stringify!($t)))?;
                let t = $t { $($f: o.get(structs!(@key $f $($key)?))),* };
                o.done(t)
            }
        }
    )*};
    (@key $f:ident) => { stringify!($f) };
    (@key $f:ident $key:literal) => { $key };
}

structs! {
    Source { outlet, wire, dateline, authors, editors, translators, year }
    Country { code, name, mentions, spans }
    Region { name, spans }
    Place { name, country, spans }
    Organization { id, name, acronym, kind, country, spans }
    Person { name, title, organization, country, spans }
    Identifier { kind, value, spans }
    Crime { label, spans }
    Event {
        kind = "type", status, countries, organizations, place, date, counts, origin,
        destination, span,
    }
    Count {
        value, qualifier, unit, kind, currency, countries, place, date, origin, destination,
        cumulative, span,
    }
    DateMention { text, value, precision, end, basis, span }
    Quote { speaker, text, span }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: FromJson>(text: &str) -> Res<T> {
        T::from_json(&serde_json::from_str(text).unwrap())
    }

    #[test]
    fn every_fact_reads_back_what_serde_wrote() {
        let doc = crate::Analyzer::default().analyze_text(
            "t",
            "Polisi Indonesia dan Kamboja memulangkan 120 WNI korban penipuan daring dari \
             Phnom Penh pada 3 Maret 2025, kata Kepala Divisi Hubinter Polri Krishna Murti \
             kepada wartawan di Jakarta. \"Kami terus bekerja sama,\" ujarnya. Hubungi \
             +62 812 3456 7890 atau www.contoh-penipuan.com untuk melapor.",
        );
        fn same<T: FromJson + Serialize + PartialEq + std::fmt::Debug>(items: &[T]) {
            let text = serde_json::to_string(items).unwrap();
            assert_eq!(read::<Vec<T>>(&text).unwrap(), items, "{text}");
        }
        assert!(!doc.events.is_empty() && !doc.counts.is_empty() && !doc.persons.is_empty());
        same(&doc.countries);
        same(&doc.regions);
        same(&doc.places);
        same(&doc.organizations);
        same(&doc.persons);
        same(&doc.identifiers);
        same(&doc.crimes);
        same(&doc.events);
        same(&doc.counts);
        same(&doc.dates);
        same(&doc.quotes);
        same(std::slice::from_ref(&doc.source));
        same(&[Lang::Id, Lang::En, Lang::Ms, Lang::Und]);
        same(&[SpanUnit::Utf8, SpanUnit::Utf16]);
    }

    #[test]
    fn missing_required_fields_and_wrong_types_are_errors() {
        assert!(read::<Region>(r#"{"name":"ASEAN"}"#)
            .unwrap_err()
            .contains("missing field `spans`"));
        let place: Place = read(r#"{"name":"Batam","spans":[[0,5]],"extra":1}"#).unwrap();
        assert_eq!(place.country, None);
        assert!(read::<Region>(r#"[1,2]"#)
            .unwrap_err()
            .contains("invalid type"));
        assert!(read::<Span>("[1]").is_err());
        assert!(read::<Span>("[-1,2]").is_err());
        assert!(read::<Lang>(r#""xx""#)
            .unwrap_err()
            .contains("unknown variant"));
        assert!(read::<i32>("3000000000").is_err());
    }
}
