//! The wasm facade, in headless Chromium: what the page's worker calls.
#![cfg(target_arch = "wasm32")]

use lintas::model::{Document, SpanUnit};
use lintas::wasm::Analyzer;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify)]
    fn stringify(value: &JsValue) -> String;
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn parse(text: &str) -> JsValue;
}

/// The plain object the page receives, read back into the codebook's Document.
fn decode(value: JsValue) -> Document {
    serde_json::from_str(&stringify(&value))
        .expect("the result decodes into the codebook's Document")
}

/// The text between UTF-16 offsets, as JavaScript's `slice` would take it.
fn slice16(text: &str, span: lintas::model::Span) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[span.0..span.1]).unwrap()
}

#[wasm_bindgen_test]
fn analyzed_text_comes_back_as_the_codebook_document_with_utf16_spans() {
    let analyzer = Analyzer::new(JsValue::UNDEFINED).unwrap();
    let text = "“Kami siap” 😀 — sebanyak 54 WNI dipulangkan dari Myanmar ke Indonesia.";
    let doc = decode(analyzer.analyze_text("t1", text).unwrap());
    assert_eq!(doc.id, "t1");
    assert_eq!(doc.span_unit, SpanUnit::Utf16);
    let mm = doc
        .countries
        .iter()
        .find(|c| c.code == "MM")
        .expect("Myanmar is found");
    assert_eq!(slice16(&doc.text, mm.spans[0]), "Myanmar");
    let count = doc
        .counts
        .iter()
        .find(|c| c.value == 54)
        .expect("54 WNI is a count");
    assert!(slice16(&doc.text, count.span).contains("54"));
}

#[wasm_bindgen_test]
fn a_binary_file_is_refused_with_a_message_naming_it() {
    let analyzer = Analyzer::new(JsValue::NULL).unwrap();
    let err = analyzer
        .analyze_file("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
        .err()
        .expect("a PNG is not an article");
    let message = JsValue::from(err);
    let message = js_message(&message);
    assert!(
        message.contains("photo.png") && message.contains("not text"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn a_malformed_reference_date_is_an_error_not_a_panic() {
    assert!(Analyzer::new(options("2024-13-45")).is_err());
    assert!(Analyzer::new(options("2 September")).is_err());
    assert!(Analyzer::new(options("2024-09-02")).is_ok());
}

#[wasm_bindgen_test]
fn the_version_is_the_crate_version() {
    assert_eq!(Analyzer::version(), env!("CARGO_PKG_VERSION"));
}

/// `{reference_date: date}` as a plain object, the way the page passes options.
fn options(date: &str) -> JsValue {
    parse(&serde_json::json!({ "reference_date": date }).to_string())
}

fn js_message(err: &JsValue) -> String {
    // A JsError arrives as a JavaScript Error; read its `message` property.
    let msg = js_sys_get(err, "message");
    msg.as_string().unwrap_or_default()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> JsValue;
}

fn js_sys_get(target: &JsValue, key: &str) -> JsValue {
    reflect_get(target, &JsValue::from_str(key))
}
