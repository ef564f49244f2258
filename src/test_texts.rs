//! The real text the tests check byte gates, indexes and fast paths against:
//! every file of the training fixtures and of the page's samples.

/// Every file of `tests/fixtures/train` and `www/samples`, whole.
pub(crate) fn texts() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in ["tests/fixtures/train", "www/samples"] {
        for e in std::fs::read_dir(dir).expect("fixture directory").flatten() {
            texts.extend(std::fs::read_to_string(e.path()));
        }
    }
    texts
}

/// Every line of [`texts`].
pub(crate) fn lines() -> Vec<String> {
    texts()
        .iter()
        .flat_map(|t| t.lines().map(str::to_string))
        .collect()
}
