//! Education: a course's school, degree, field of study and months,
//! listed and edited as dated entries.

use super::entries::{Dated, EntryKind};
use crate::api::profile::{DeleteEducation, SaveEducation};
use crate::error::AppError;
use crate::model::profile::Education;
use crate::ui::components::form::Field;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

impl EntryKind for Education {
    type Save = SaveEducation;
    type Delete = DeleteEducation;
    const NAME: &'static str = "education";
    const END_LABEL: &'static str = "field-end-month-optional";

    fn dated(&self) -> Dated<'_> {
        let (id, start, end) = (&self.id, &self.start_month, self.end_month.as_deref());
        Dated { id, start, end }
    }

    fn head(&self) -> AnyView {
        let what = [self.degree.as_str(), self.field.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <strong>{self.school.clone()}</strong>
            {(!what.is_empty()).then(|| format!(" · {what}"))}
        }
        .into_any()
    }

    fn fields(
        entry: Option<&Self>,
        id: &dyn Fn(&str) -> String,
        error: Signal<Option<AppError>>,
    ) -> AnyView {
        let i18n = use_i18n();
        let get = |f: fn(&Self) -> &str| entry.map(f).unwrap_or_default().to_string();
        view! {
            <Field name="school" id=id("school") label=i18n.t("field-school") required=true
                maxlength=100 value=get(|e| &e.school) error />
            <Field name="degree" id=id("degree") label=i18n.t("field-degree")
                maxlength=100 value=get(|e| &e.degree) error />
            <Field name="field" id=id("field") label=i18n.t("field-study-field")
                maxlength=100 value=get(|e| &e.field) error />
        }
        .into_any()
    }
}
