//! Work experience: a job's title, company, months (or current) and
//! description, listed and edited as dated entries.

use super::entries::{Dated, EntryKind};
use crate::api::profile::{DeleteExperience, SaveExperience};
use crate::error::AppError;
use crate::model::profile::Experience;
use crate::ui::components::form::Field;
use crate::ui::components::inputs::{Check, TextArea};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

impl EntryKind for Experience {
    type Save = SaveExperience;
    type Delete = DeleteExperience;
    const NAME: &'static str = "experience";
    const END_LABEL: &'static str = "field-end-month";

    fn dated(&self) -> Dated<'_> {
        let (id, start, end) = (&self.id, &self.start_month, self.end_month.as_deref());
        Dated { id, start, end }
    }

    fn head(&self) -> AnyView {
        view! { <strong>{self.title.clone()}</strong> " · " {self.company.clone()} }.into_any()
    }

    fn fields(
        entry: Option<&Self>,
        id: &dyn Fn(&str) -> String,
        error: Signal<Option<AppError>>,
    ) -> AnyView {
        let i18n = use_i18n();
        let get = |f: fn(&Self) -> &str| entry.map(f).unwrap_or_default().to_string();
        view! {
            <Field name="title" id=id("title") label=i18n.t("field-job-title") required=true
                maxlength=100 value=get(|e| &e.title) error />
            <Field name="company" id=id("company") label=i18n.t("field-company") required=true
                maxlength=100 value=get(|e| &e.company) error />
        }
        .into_any()
    }

    fn more_fields(
        entry: Option<&Self>,
        id: &dyn Fn(&str) -> String,
        error: Signal<Option<AppError>>,
    ) -> AnyView {
        let i18n = use_i18n();
        let current = entry.is_some_and(|e| e.end_month.is_none());
        let description = entry.map(|e| e.description.clone()).unwrap_or_default();
        view! {
            <Check id=id("current") name="current" label=i18n.t("field-current-job") checked=current />
            <TextArea id=id("description") name="description" label=i18n.t("field-description")
                value=description maxlength=2000 error />
        }
        .into_any()
    }
}
