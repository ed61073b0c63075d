//! Helpers of the policy tests.

use offerline::server::policies::Publish;

/// A version to publish, with an English and a Dutch summary.
pub fn version(name: &str, effective: &str, summary: &str) -> Publish {
    Publish {
        version: name.into(),
        effective: effective.into(),
        summary_en: summary.into(),
        summary_nl: format!("NL {summary}"),
        summary_fr: String::new(),
    }
}
