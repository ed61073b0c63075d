//! A column's settings, folded under its name: rename, recolour, kind,
//! "marks applied", move left or right, delete (its cards go to a stage
//! the person picks). Each is a plain form.

use super::board::BoardCtx;
use crate::api::boards::stages::{DeleteStage, ShiftStage, UpdateStage};
use crate::model::board::{STAGE_COLORS, STAGE_KINDS, Stage};
use crate::ui::components::form::{Field, FormError, last_error_of};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn StageSettings(board: Arc<BoardCtx>, stage: Stage) -> impl IntoView {
    let i18n = use_i18n();
    let update = ServerAction::<UpdateStage>::new();
    let shift = ServerAction::<ShiftStage>::new();
    let delete = ServerAction::<DeleteStage>::new();
    // One set of these forms per column: errors show at the refused one.
    let update_error = last_error_of(update.value(), "id", &stage.id);
    let shift_error = last_error_of(shift.value(), "id", &stage.id);
    let delete_error = last_error_of(delete.value(), "id", &stage.id);
    let refused = [update_error, shift_error, delete_error]
        .iter()
        .any(|e| e.with_untracked(Option::is_some));
    let key = StoredValue::new(stage.id.clone());
    let id = move |name: &str| format!("stage-{}-{name}", key.get_value());
    let others: Vec<(String, String)> = board
        .stages
        .iter()
        .filter(|s| s.id != stage.id)
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    let board_id = StoredValue::new(board.board_id.clone());
    let has_cards = !stage.cards.is_empty();
    let summary = i18n.t_with("stage-settings", &[("stage", stage.name.clone().into())]);
    let hidden = move || {
        view! {
            <input type="hidden" name="board_id" value=board_id.get_value() />
            <input type="hidden" name="id" value=key.get_value() />
        }
    };
    view! {
        <details class="stage-settings" open=refused>
            <summary aria-label=summary.clone() title=summary><span aria-hidden="true">"⋯"</span></summary>
            <div class="stage-settings-body">
                <ActionForm action=update>
                    {hidden()}
                    <FormError error=update_error />
                    <Field name="name" id=id("name") label=i18n.t("field-stage-name") required=true
                        maxlength=100 value=stage.name.clone() error=update_error />
                    <div class="field">
                        <label for=id("color")>{i18n.t("field-stage-color")}</label>
                        <select id=id("color") name="color">
                            {STAGE_COLORS.iter().map(|c| view! {
                                <option value=*c selected=stage.color == *c>{i18n.t(&format!("color-{c}"))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=id("kind")>{i18n.t("field-stage-kind")}</label>
                        <select id=id("kind") name="kind">
                            {STAGE_KINDS.iter().map(|k| view! {
                                <option value=*k selected=stage.kind == *k>{i18n.t(&format!("stage-kind-{k}"))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field field-check">
                        <input type="checkbox" id=id("applied") name="marks_applied" checked=stage.marks_applied />
                        <label for=id("applied")>{i18n.t("field-stage-marks-applied")}</label>
                    </div>
                    <button type="submit" class="button button-small">{i18n.t("profile-save")}</button>
                </ActionForm>
                <div class="stage-shift">
                    <FormError error=shift_error />
                    <ActionForm action=shift>
                        {hidden()}
                        <input type="hidden" name="step" value="-1" />
                        <button type="submit" class="button button-small button-secondary">{i18n.t("stage-move-left")}</button>
                    </ActionForm>
                    <ActionForm action=shift>
                        {hidden()}
                        <input type="hidden" name="step" value="1" />
                        <button type="submit" class="button button-small button-secondary">{i18n.t("stage-move-right")}</button>
                    </ActionForm>
                </div>
                <ActionForm action=delete>
                    {hidden()}
                    <FormError error=delete_error />
                    {has_cards.then(|| view! {
                        <div class="field">
                            <label for=id("move-to")>{i18n.t("field-stage-move-cards")}</label>
                            <select id=id("move-to") name="move_to" required>
                                {others.into_iter().map(|(sid, name)| view! { <option value=sid>{name}</option> }).collect_view()}
                            </select>
                        </div>
                    })}
                    <button type="submit" class="button button-small button-danger">{i18n.t("stage-delete")}</button>
                </ActionForm>
            </div>
        </details>
    }
    .into_any()
}
