//! `/cards/:id`: one job application in full. Every field can be
//! corrected in one form (errors next to their fields, nothing typed
//! lost); the card can move to another stage, be archived or restored;
//! its timeline lists every change.

use super::route_id;
use super::timeline::Timeline;
use crate::api::boards::cards::{ArchiveCard, MoveCard, UpdateCard, get_card};
use crate::api::companies::company_names;
use crate::model::card::FullCard;
use crate::model::currencies::CURRENCIES;
use crate::model::profile::{JOB_TYPES, SALARY_PERIODS, WORK_MODES};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Field, FormError, Notice, last_error};
use crate::ui::components::inputs::{Select, TextArea};
use crate::ui::i18n::{I18n, use_i18n};
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CardPage() -> impl IntoView {
    let id = route_id();
    let card = Resource::new(move || id.get(), get_card);
    let names = Resource::new(|| (), |_| company_names());
    view! {
        <RequireSignIn>
            <Transition>
                {move || card.get().map(|r| match r {
                    Ok(card) => view! {
                        <CardDetail card names=suggestions(names) panel=false />
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Transition>
        </RequireSignIn>
    }
}

/// The company names a card form suggests, as they arrive. The form never
/// waits for them, so a late answer cannot redraw it over what was typed.
pub(super) fn suggestions(
    names: Resource<Result<Vec<String>, crate::error::AppError>>,
) -> Signal<Vec<String>> {
    Signal::derive(move || names.get().and_then(Result::ok).unwrap_or_default())
}

/// `(value, label)` options with an empty "not set" first.
fn options(i18n: I18n, values: &[&str], prefix: &str) -> Vec<(String, String)> {
    std::iter::once((String::new(), i18n.t("profile-salary-none")))
        .chain(
            values
                .iter()
                .map(|v| (v.to_string(), i18n.t(&format!("{prefix}{v}")))),
        )
        .collect()
}

/// The card in full; `panel` when it opens beside its board (its title is
/// then a second-level heading under the board's).
#[component]
pub(super) fn CardDetail(card: FullCard, names: Signal<Vec<String>>, panel: bool) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<UpdateCard>::new();
    let mover = ServerAction::<MoveCard>::new();
    let archive = ServerAction::<ArchiveCard>::new();
    // This page's address without a notice, for the panel's form to come
    // back to.
    let here = {
        let location = leptos_router::hooks::use_location();
        let search: String = location
            .search
            .get_untracked()
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("notice=") && !p.starts_with("__"))
            .collect::<Vec<_>>()
            .join("&");
        let path = location.pathname.get_untracked();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    view! {
        <Title text=card.fields.title.clone() />
        <article class="card-page" aria-labelledby="card-title">
            {(!panel).then(|| view! {
                <nav class="breadcrumbs" aria-label=i18n.t("nav-breadcrumbs")>
                    <a href="/boards">{i18n.t("boards-title")}</a> " / "
                    <a href=format!("/boards/{}", card.board_id)>{card.board_name.clone()}</a>
                </nav>
            })}
            {if panel {
                view! { <h2 id="card-title" class="card-panel-title">{card.fields.title.clone()}</h2> }.into_any()
            } else {
                view! { <h1 id="card-title">{card.fields.title.clone()}</h1> }.into_any()
            }}
            {card.company_id.clone().map(|cid| view! {
                <p><a href=format!("/companies/{cid}")>{card.fields.company.clone()}</a></p>
            })}
            {card.archived.then(|| view! { <p class="badge">{i18n.t("card-archived")}</p> })}
            <Notice known=&["card-saved"] />
            <div class="card-page-grid">
                <CardForm card=card.clone() names save back=panel.then(|| here.clone()) />
                <CardSide card=card.clone() mover archive />
            </div>
        </article>
    }
}

/// Every field of the card in one form.
#[component]
fn CardForm(
    card: FullCard,
    names: Signal<Vec<String>>,
    save: ServerAction<UpdateCard>,
    /// Where a plain post returns (the board with this panel); the card's
    /// page when `None`.
    back: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(save.value());
    let id = card.id.clone();
    let c = card.fields.form();
    let currencies: Vec<(String, String)> =
        std::iter::once((String::new(), i18n.t("profile-salary-none")))
            .chain(CURRENCIES.iter().map(|c| (c.to_string(), c.to_string())))
            .collect();
    let excitement: Vec<(String, String)> =
        std::iter::once((String::new(), i18n.t("profile-salary-none")))
            .chain((1..=5).map(|n| (n.to_string(), "★".repeat(n))))
            .collect();
    view! {
        <section class="card" aria-labelledby="card-edit-title">
            <h2 id="card-edit-title">{i18n.t("card-details")}</h2>
            <ActionForm action=save>
                <input type="hidden" name="id" value=id />
                {back.map(|back| view! { <input type="hidden" name="back" value=back /> })}
                <FormError error />
                <Field name="title" label=i18n.t("field-job-title") required=true maxlength=100 value=c.title.clone() error />
                <Field name="company" label=i18n.t("field-company") maxlength=100 value=c.company.clone() list="company-names" error />
                <Suspense>
                    <datalist id="company-names">
                        {move || names.get().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
                    </datalist>
                </Suspense>
                <Field name="job_url" kind="url" label=i18n.t("field-job-url") maxlength=2000 value=c.job_url.clone() error />
                <Field name="location" label=i18n.t("field-location") maxlength=100 value=c.location.clone() error />
                <Select id="field-work_mode".into() name="work_mode" label=i18n.t("field-work-mode")
                    options=options(i18n, WORK_MODES, "work-mode-") selected=c.work_mode.clone() error />
                <div class="field-row">
                    <Field name="salary_min" kind="number" label=i18n.t("field-salary-min") value=c.salary_min.clone() error />
                    <Field name="salary_max" kind="number" label=i18n.t("field-salary-max") value=c.salary_max.clone() error />
                </div>
                <div class="field-row">
                    <Select id="field-salary_currency".into() name="salary_currency" label=i18n.t("field-salary-currency")
                        options=currencies selected=c.salary_currency.clone() error />
                    <Select id="field-salary_period".into() name="salary_period" label=i18n.t("field-salary-period")
                        options=options(i18n, SALARY_PERIODS, "salary-period-") selected=c.salary_period.clone() error />
                </div>
                <Select id="field-job_type".into() name="job_type" label=i18n.t("field-job-type")
                    options=options(i18n, JOB_TYPES, "job-type-") selected=c.job_type.clone() error />
                <Field name="source" label=i18n.t("field-source") maxlength=100 value=c.source.clone() error />
                <div class="field-row">
                    <Field name="deadline" kind="date" label=i18n.t("field-deadline") value=c.deadline.clone() error />
                    <Field name="applied_on" kind="date" label=i18n.t("field-applied-on") value=c.applied_on.clone() error />
                </div>
                <Select id="field-excitement".into() name="excitement" label=i18n.t("field-excitement")
                    options=excitement selected=c.excitement.clone() error />
                <Field name="tags" label=i18n.t("field-tags") hint=i18n.t("field-tags-hint") value=c.tags.clone() error />
                <TextArea id="field-description".into() name="description" label=i18n.t("field-description")
                    value=c.description.clone() maxlength=20000 error />
                <TextArea id="field-notes".into() name="notes" label=i18n.t("field-notes")
                    value=c.notes.clone() maxlength=20000 error />
                <button type="submit" class="button" disabled=move || save.pending().get()>{i18n.t("profile-save")}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}

/// Where the card sits (move, archive) and its timeline.
#[component]
fn CardSide(
    card: FullCard,
    mover: ServerAction<MoveCard>,
    archive: ServerAction<ArchiveCard>,
) -> impl IntoView {
    let i18n = use_i18n();
    let move_error = last_error(mover.value());
    let back = format!("/cards/{}", card.id);
    let card_id = StoredValue::new(card.id.clone());
    let stages = StoredValue::new(card.stages.clone());
    let stage_id = card.stage_id.clone();
    let archived = card.archived;
    view! {
        <aside class="card-side">
            <section class="card" aria-labelledby="card-move-title">
                <h2 id="card-move-title">{i18n.t("board-move-to")}</h2>
                <ActionForm action=mover>
                    <input type="hidden" name="id" value=card_id.get_value() />
                    <input type="hidden" name="back" value=back />
                    <FormError error=move_error />
                    <label class="sr-only" for="card-stage">{i18n.t("board-move-to")}</label>
                    <select id="card-stage" name="stage_id">
                        {stages.get_value().into_iter().map(|(id, name)| {
                            let here = id == stage_id;
                            view! { <option value=id selected=here>{name}</option> }
                        }).collect_view()}
                    </select>
                    " "
                    <button type="submit" class="button button-small">{i18n.t("board-move")}</button>
                </ActionForm>
                <ActionForm action=archive>
                    <input type="hidden" name="id" value=card_id.get_value() />
                    <input type="hidden" name="archived" value=(!archived).to_string() />
                    <button type="submit" class="button button-small button-secondary">
                        {i18n.t(if archived { "card-restore" } else { "card-archive" })}
                    </button>
                </ActionForm>
            </section>
            <Timeline events=card.events.clone() />
        </aside>
    }
    .into_any()
}
