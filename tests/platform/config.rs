//! Configuration: validation, secrets, and the two Leptos settings files.

use offerline::server::config::{Config, leptos_options};
use std::collections::HashMap;

fn load(vars: &[(&str, &str)]) -> Result<Config, offerline::server::config::ConfigError> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_lookup(&|name| vars.get(name).cloned(), leptos_options().unwrap())
}

/// Leptos.toml (runtime) and Cargo.toml (cargo-leptos) must agree on every
/// key they share.
#[test]
fn leptos_toml_agrees_with_cargo_toml() {
    let read =
        |file: &str| -> toml::Table { std::fs::read_to_string(file).unwrap().parse().unwrap() };
    let section = |t: &toml::Table| {
        t["package"]["metadata"]["leptos"]
            .as_table()
            .unwrap()
            .clone()
    };
    let runtime = section(&read("Leptos.toml"));
    let build = section(&read("Cargo.toml"));
    assert!(!runtime.is_empty());
    for (key, value) in &runtime {
        assert_eq!(
            build.get(key),
            Some(value),
            "Leptos.toml {key} differs from Cargo.toml"
        );
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let err = load(&[
        ("OFFERLINE_DATA_DIR", dir.path().to_str().unwrap()),
        ("OFFERLINE_RETENTION_DAYS", "120"),
        ("SMTP_URL", "http://mail.example"),
        ("OFFERLINE_BASE_URL", "not a url"),
    ])
    .unwrap_err();
    let text = err.to_string();
    for var in ["OFFERLINE_RETENTION_DAYS", "SMTP_URL", "OFFERLINE_BASE_URL"] {
        assert!(text.contains(var), "{text}");
    }
}

/// P22: the retention window can never be configured above 90 days.
#[test]
fn p22_retention_window_defaults_to_30_and_never_exceeds_90() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    assert_eq!(
        load(&[("OFFERLINE_DATA_DIR", data)])
            .unwrap()
            .retention_days,
        30
    );
    assert_eq!(
        load(&[
            ("OFFERLINE_DATA_DIR", data),
            ("OFFERLINE_RETENTION_DAYS", "90")
        ])
        .unwrap()
        .retention_days,
        90
    );
    assert!(
        load(&[
            ("OFFERLINE_DATA_DIR", data),
            ("OFFERLINE_RETENTION_DAYS", "91")
        ])
        .is_err()
    );
}

#[test]
fn embedded_mode_generates_private_secrets_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let first = load(&[("OFFERLINE_DATA_DIR", data)]).unwrap();
    let again = load(&[("OFFERLINE_DATA_DIR", data)]).unwrap();
    assert_eq!(first.secrets.secret_key, again.secrets.secret_key);
    assert_ne!(first.secrets.secret_key, first.secrets.document_key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("secrets/secret_key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(!format!("{first:?}").contains(&format!("{:?}", first.secrets.secret_key.bytes())));
}

#[test]
fn postgres_mode_requires_configured_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let err = load(&[
        ("OFFERLINE_DATA_DIR", dir.path().to_str().unwrap()),
        ("DATABASE_URL", "postgres://db.example/offerline"),
    ])
    .unwrap_err();
    assert!(err.to_string().contains("OFFERLINE_SECRET_KEY"));
    assert!(!dir.path().join("secrets").exists(), "nothing generated");
    let ok = load(&[
        ("OFFERLINE_DATA_DIR", dir.path().to_str().unwrap()),
        ("DATABASE_URL", "postgres://db.example/offerline"),
        ("OFFERLINE_SECRET_KEY", crate::common::SECRET_HEX),
        ("OFFERLINE_DOCUMENT_KEY", crate::common::DOCUMENT_HEX),
    ]);
    assert!(ok.is_ok());
}

#[test]
fn passwords_in_urls_never_reach_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let config = load(&[
        ("OFFERLINE_DATA_DIR", dir.path().to_str().unwrap()),
        ("SMTP_URL", "smtp://user:hunter2@mail.example:587"),
    ])
    .unwrap();
    assert!(!format!("{config:?}").contains("hunter2"));
}
