//! The choices of the mapping form beyond the columns: the order of the
//! file's numeric dates (two radio buttons, with what the file suggests
//! and an example read the chosen way), and the stage each status of the
//! file goes to (one select per status). Both are part of the same GET
//! form as the columns, so they work without JavaScript and live in the
//! address; [`ChoiceInputs`] repeats them in the import form.

use crate::model::import::{DateOrder, DateReading, ImportPreview};
use crate::ui::components::table_scroll::TableScroll;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// How the file's numeric dates are read, and the other way to choose.
#[component]
pub fn DatesChoice(reading: DateReading) -> impl IntoView {
    let i18n = use_i18n();
    let detected = i18n.t_with(
        "import-dates-detected",
        &[("order", reading.detected.as_str().into())],
    );
    let example = reading.example_read.map(|(year, month, day)| {
        let date = i18n.t_with(
            "import-date",
            &[
                ("day", day.into()),
                ("month", month.into()),
                ("year", year.into()),
            ],
        );
        i18n.t_with(
            "import-dates-example",
            &[
                ("cell", reading.example.clone().into()),
                ("date", date.into()),
            ],
        )
    });
    let option = move |order: DateOrder, label: &'static str| {
        let id = format!("order-{}", order.as_str());
        view! {
            <div class="field field-check">
                <input id=id.clone() type="radio" name="order" value=order.as_str()
                    checked=reading.chosen == order />
                <label for=id>{i18n.t(label)}</label>
            </div>
        }
    };
    view! {
        <h2 id="import-dates-title">{i18n.t("import-dates-title")}</h2>
        <p id="import-dates-hint" class="muted">{detected} " " {example}</p>
        <fieldset class="import-order" aria-describedby="import-dates-hint">
            <legend>{i18n.t("import-dates-order")}</legend>
            {option(DateOrder::DayFirst, "import-dates-day-first")}
            {option(DateOrder::MonthFirst, "import-dates-month-first")}
        </fieldset>
    }
}

/// Each status of the file, its rows, and the stage they go to.
#[component]
pub fn StatusesChoice(preview: ImportPreview) -> impl IntoView {
    let i18n = use_i18n();
    let stages = preview.stages.clone();
    let row = move |(i, status): (usize, crate::model::import::StatusRow)| {
        let id = format!("status-{i}");
        let name = if status.value.is_empty() {
            i18n.t("import-status-none")
        } else {
            status.value.clone()
        };
        view! {
            <tr>
                <th scope="row">
                    <label for=id.clone()>{name}</label>
                    <input type="hidden" name=format!("statuses[{i}][value]") value=status.value.clone() />
                </th>
                <td class="muted">{i18n.t_with("import-status-rows", &[("rows", status.rows.into())])}</td>
                <td>
                    <select id=id name=format!("statuses[{i}][stage]")>
                        {stages.iter().map(|s| view! {
                            <option value=s.id.clone() selected=s.id == status.stage_id>{s.name.clone()}</option>
                        }).collect_view()}
                    </select>
                </td>
            </tr>
        }
    };
    let unlisted = preview.unlisted_statuses;
    (!preview.statuses.is_empty()).then(|| {
        view! {
            <h2 id="import-statuses-title">{i18n.t("import-statuses-title")}</h2>
            <p class="muted">{i18n.t("import-statuses-lede")}</p>
            <TableScroll labelled_by="import-statuses-title">
                <table class="import-mapping import-statuses" aria-labelledby="import-statuses-title">
                    <thead><tr>
                        <th scope="col">{i18n.t("import-status")}</th>
                        <th scope="col">{i18n.t("import-status-count")}</th>
                        <th scope="col">{i18n.t("import-status-stage")}</th>
                    </tr></thead>
                    <tbody>{preview.statuses.clone().into_iter().enumerate().map(row).collect_view()}</tbody>
                </table>
            </TableScroll>
            {(unlisted > 0).then(|| view! {
                <p class="muted">{i18n.t_with("import-statuses-unlisted", &[("count", unlisted.into())])}</p>
            })}
        }
    })
}

/// The choices the preview was made with, as hidden fields of the import
/// form: what is imported is what was checked.
#[component]
pub fn ChoiceInputs(preview: ImportPreview) -> impl IntoView {
    let order = preview.dates.as_ref().map_or("", |d| d.chosen.as_str());
    view! {
        {preview.columns.iter().enumerate().map(|(i, c)| view! {
            <input type="hidden" name=format!("map[{i}]") value=c.field.clone() />
        }).collect_view()}
        <input type="hidden" name="order" value=order />
        {preview.statuses.iter().enumerate().map(|(i, s)| view! {
            <input type="hidden" name=format!("statuses[{i}][value]") value=s.value.clone() />
            <input type="hidden" name=format!("statuses[{i}][stage]") value=s.stage_id.clone() />
        }).collect_view()}
    }
}
