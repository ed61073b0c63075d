//! A board's settings, under its columns: add a stage, rename, archive,
//! and delete for good (after ticking a confirmation).

use crate::api::boards::stages::AddStage;
use crate::api::boards::{ArchiveBoard, DeleteBoard, RenameBoard};
use crate::model::board::{STAGE_COLORS, STAGE_KINDS};
use crate::ui::components::form::{Checkbox, Field, FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn BoardSettings(id: String, name: String, archived: bool, ghost_days: i64) -> impl IntoView {
    let i18n = use_i18n();
    let id = StoredValue::new(id);
    let add = ServerAction::<AddStage>::new();
    let rename = ServerAction::<RenameBoard>::new();
    let archive = ServerAction::<ArchiveBoard>::new();
    let delete = ServerAction::<DeleteBoard>::new();
    let add_error = last_error(add.value());
    let rename_error = last_error(rename.value());
    let delete_error = last_error(delete.value());
    view! {
        <section class="card board-settings" aria-labelledby="board-settings-title">
            <h2 id="board-settings-title">{i18n.t("board-settings")}</h2>
            <details>
                <summary>{i18n.t("stage-add")}</summary>
                <ActionForm action=add>
                    <input type="hidden" name="board_id" value=id.get_value() />
                    <FormError error=add_error />
                    <Field name="name" id="new-stage-name" label=i18n.t("field-stage-name") required=true
                        maxlength=100 error=add_error />
                    <div class="field">
                        <label for="new-stage-color">{i18n.t("field-stage-color")}</label>
                        <select id="new-stage-color" name="color">
                            {STAGE_COLORS.iter().map(|c| view! { <option value=*c>{i18n.t(&format!("color-{c}"))}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="new-stage-kind">{i18n.t("field-stage-kind")}</label>
                        <select id="new-stage-kind" name="kind">
                            {STAGE_KINDS.iter().map(|k| view! { <option value=*k>{i18n.t(&format!("stage-kind-{k}"))}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button button-small">{i18n.t("stage-add")}</button>
                </ActionForm>
            </details>
            <details>
                <summary>{i18n.t("board-rename")}</summary>
                <ActionForm action=rename>
                    <input type="hidden" name="id" value=id.get_value() />
                    <FormError error=rename_error />
                    <Field name="name" id="board-name" label=i18n.t("field-board-name") required=true
                        maxlength=100 value=name error=rename_error />
                    <Field name="ghost_days" id="board-ghost-days" kind="number" label=i18n.t("field-ghost-days")
                        hint=i18n.t("field-ghost-days-hint") value=ghost_days.to_string() error=rename_error />
                    <button type="submit" class="button button-small">{i18n.t("profile-save")}</button>
                </ActionForm>
            </details>
            <ActionForm action=archive>
                <input type="hidden" name="id" value=id.get_value() />
                <input type="hidden" name="archived" value=(!archived).to_string() />
                <button type="submit" class="button button-small button-secondary">
                    {i18n.t(if archived { "boards-restore" } else { "board-archive" })}
                </button>
            </ActionForm>
            <details>
                <summary>{i18n.t("board-delete")}</summary>
                <ActionForm action=delete>
                    <input type="hidden" name="id" value=id.get_value() />
                    <FormError error=delete_error />
                    <p>{i18n.t("board-delete-warning")}</p>
                    <Checkbox name="confirm" required=true error=delete_error>
                        {i18n.t("board-delete-confirm")}
                    </Checkbox>
                    <button type="submit" class="button button-small button-danger">{i18n.t("board-delete")}</button>
                </ActionForm>
            </details>
        </section>
    }
    .into_any()
}
