//! Career preferences: desired titles and locations, ways of working, job
//! types, salary range with currency and period, notice period.

use crate::api::profile::SaveCareer;
use crate::model::currencies::CURRENCIES;
use crate::model::profile::{Career, JOB_TYPES, SALARY_PERIODS, WORK_MODES};
use crate::ui::components::form::{Field, FormError, last_error};
use crate::ui::components::inputs::{Check, GroupError, Select};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The form field of a work mode or job type: `mode_on_site`, `type_full_time`.
fn flag_name(prefix: &str, value: &str) -> &'static str {
    let name = format!("{prefix}_{}", value.replace('-', "_"));
    [
        "mode_remote",
        "mode_hybrid",
        "mode_on_site",
        "type_full_time",
        "type_part_time",
        "type_contract",
        "type_internship",
        "type_freelance",
    ]
    .into_iter()
    .find(|n| *n == name)
    .unwrap_or("unknown")
}

#[component]
pub fn CareerSection(career: Career) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveCareer>::new();
    let error = last_error(action.value());
    let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let group = move |legend: &'static str,
                      name: &'static str,
                      prefix: &'static str,
                      all: &'static [&'static str],
                      chosen: Vec<String>| {
        view! {
            <fieldset class="profile-choices">
                <legend>{i18n.t(legend)}</legend>
                {all.iter().map(|value| view! {
                    <Check id=format!("career-{value}") name=flag_name(prefix, value)
                        label=i18n.t(&format!("{name}-{value}"))
                        checked=chosen.iter().any(|c| c == value) />
                }).collect_view()}
            </fieldset>
        }
    };
    let none = || (String::new(), i18n.t("profile-salary-none"));
    let currencies = std::iter::once(none())
        .chain(CURRENCIES.iter().map(|c| (c.to_string(), c.to_string())))
        .collect();
    let periods = std::iter::once(none())
        .chain(
            SALARY_PERIODS
                .iter()
                .map(|p| (p.to_string(), i18n.t(&format!("salary-period-{p}")))),
        )
        .collect();
    view! {
        <section class="card" aria-labelledby="career-title">
            <h2 id="career-title">{i18n.t("profile-career-title")}</h2>
            <ActionForm action>
                <FormError error />
                <Field name="desired_titles" label=i18n.t("field-desired-titles") maxlength=1100
                    value=career.desired_titles.join(", ") hint=i18n.t("profile-list-hint") error />
                <Field name="desired_locations" label=i18n.t("field-desired-locations") maxlength=1100
                    value=career.desired_locations.join(", ") hint=i18n.t("profile-list-hint") error />
                {group("profile-work-modes", "work-mode", "mode", WORK_MODES, career.work_modes)}
                <GroupError name="work_modes" error />
                {group("profile-job-types", "job-type", "type", JOB_TYPES, career.job_types)}
                <GroupError name="job_types" error />
                <div class="profile-months">
                    <Field name="salary_min" kind="number" label=i18n.t("field-salary-min")
                        value=number(career.salary_min) error />
                    <Field name="salary_max" kind="number" label=i18n.t("field-salary-max")
                        value=number(career.salary_max) error />
                </div>
                <div class="profile-months">
                    <Select id="field-salary_currency".into() name="salary_currency"
                        label=i18n.t("field-salary-currency") options=currencies
                        selected=career.salary_currency error />
                    <Select id="field-salary_period".into() name="salary_period"
                        label=i18n.t("field-salary-period") options=periods
                        selected=career.salary_period error />
                </div>
                <Field name="notice_weeks" kind="number" label=i18n.t("field-notice-weeks")
                    value=number(career.notice_weeks) error />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {i18n.t("profile-save")}
                </button>
            </ActionForm>
        </section>
    }
}
