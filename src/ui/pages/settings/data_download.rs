//! `/settings/data/exports/:id?token=…`, where the email about a prepared
//! export leads (P26). It asks for sign-in as the export's owner, says
//! what the file is, and downloads it with a button: a plain form that
//! posts the token, so the one use of the link is spent by the person and
//! never by a mail scanner that follows links. A used, expired or unknown
//! link says so and points back to "Your data".

use super::{RequireSignIn, SettingsNav};
use crate::api::privacy::data::get_prepared_export_by_id;
use crate::model::data::{PreparedExport, PreparedState, prepared_download_path};
use crate::model::format::utc_datetime;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn PreparedDownloadPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let token = Memo::new(move |_| query.with(|q| q.get("token").unwrap_or_default()));
    let gone = Memo::new(move |_| query.with(|q| q.get("gone").is_some()));
    let export = Resource::new(move || id.get(), get_prepared_export_by_id);
    view! {
        <Title text=i18n.t("data-download-title") />
        <RequireSignIn>
            <section class="settings" aria-labelledby="settings-title">
                <h1 id="settings-title">{i18n.t("settings-title")}</h1>
                <SettingsNav current="data" />
                <section class="card" aria-labelledby="download-title">
                    <h2 id="download-title">{i18n.t("data-download-title")}</h2>
                    <Suspense>
                        {move || export.get().map(|r| match r {
                            Ok(export) if export.state == PreparedState::Ready && !gone.get() => {
                                view! { <DownloadForm export token=token.get() /> }.into_any()
                            }
                            _ => view! { <Gone /> }.into_any(),
                        })}
                    </Suspense>
                </section>
            </section>
        </RequireSignIn>
    }
}

/// `bytes` as people read sizes: `2.4 MB`.
fn size(bytes: i64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if mb >= 0.1 {
        format!("{mb:.1} MB")
    } else {
        format!("{} kB", (bytes as f64 / 1000.0).ceil() as i64)
    }
}

#[component]
fn DownloadForm(export: PreparedExport, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let details = i18n.t_with(
        "data-download-details",
        &[
            ("created", utc_datetime(export.created_at).into()),
            ("size", size(export.bytes.unwrap_or(0)).into()),
            (
                "expires",
                export
                    .expires_at
                    .map(utc_datetime)
                    .unwrap_or_default()
                    .into(),
            ),
        ],
    );
    view! {
        <p>{details}</p>
        <p class="field-hint">{i18n.t("data-download-once")}</p>
        <form method="post" action=prepared_download_path(&export.id)>
            <input type="hidden" name="token" value=token />
            <button type="submit" class="button">{i18n.t("data-download-submit")}</button>
        </form>
    }
}

#[component]
fn Gone() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="error" role="alert"><p>{i18n.t("data-download-gone")}</p></div>
        <p><a href="/settings/data#export">{i18n.t("data-download-again")}</a></p>
    }
}

#[cfg(test)]
mod tests {
    use super::size;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(2_400_000), "2.4 MB");
        assert_eq!(size(1_500), "2 kB");
        assert_eq!(size(0), "0 kB");
    }
}
