//! `/boards`: the person's boards, live and archived, and a form to start
//! a new one from a template.

use crate::api::boards::{ArchiveBoard, CreateBoard, list_boards};
use crate::model::board::{BOARD_TEMPLATES, BoardSummary};
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Field, FormError, Notice, last_error};
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn BoardsPage() -> impl IntoView {
    let i18n = use_i18n();
    // Made here, outside the sign-in check: a resource first met while
    // rendering another's result would stream with inline scripts that the
    // CSP refuses.
    let restore = ServerAction::<ArchiveBoard>::new();
    let boards = Resource::new(move || restore.version().get(), |_| list_boards());
    view! {
        <Title text=i18n.t("boards-title") />
        <RequireSignIn>
            <section class="boards-page" aria-labelledby="boards-title">
                <h1 id="boards-title">{i18n.t("boards-title")}</h1>
                <Notice known=&["board-deleted", "email-verified"] />
                <BoardList boards restore />
                <NewBoard />
            </section>
        </RequireSignIn>
    }
}

#[component]
fn BoardList(
    boards: Resource<Result<Vec<BoardSummary>, crate::error::AppError>>,
    restore: ServerAction<ArchiveBoard>,
) -> impl IntoView {
    let i18n = use_i18n();
    let item = move |b: BoardSummary| {
        let count = i18n.t_with("boards-card-count", &[("count", b.cards.into())]);
        view! {
            <li class="board-tile">
                <a href=format!("/boards/{}", b.id)>{b.name.clone()}</a>
                <span class="muted">{count}</span>
                {b.archived.then(|| view! {
                    <ActionForm action=restore>
                        <input type="hidden" name="id" value=b.id.clone() />
                        <input type="hidden" name="archived" value="false" />
                        <button type="submit" class="button button-small button-secondary">{i18n.t("boards-restore")}</button>
                    </ActionForm>
                })}
            </li>
        }
    };
    view! {
        <Suspense>
            {move || boards.get().map(|r| match r {
                Ok(list) => {
                    let (archived, live): (Vec<_>, Vec<_>) = list.into_iter().partition(|b| b.archived);
                    let empty = live.is_empty();
                    view! {
                        {empty.then(|| view! { <p class="muted">{i18n.t("boards-none")}</p> })}
                        <ul class="board-tiles">{live.into_iter().map(item).collect_view()}</ul>
                        {(!archived.is_empty()).then(|| view! {
                            <details class="boards-archived">
                                <summary>{i18n.t_with("boards-archived", &[("count", (archived.len() as i64).into())])}</summary>
                                <ul class="board-tiles">{archived.into_iter().map(item).collect_view()}</ul>
                            </details>
                        })}
                    }.into_any()
                }
                Err(error) => view! { <ErrorNotice error /> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn NewBoard() -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateBoard>::new();
    let error = last_error(create.value());
    let template_error = move || {
        error
            .get()
            .and_then(|e| e.field_error("template").map(|fe| fe.text(i18n.locale)))
    };
    view! {
        <section class="card" aria-labelledby="new-board-title">
            <h2 id="new-board-title">{i18n.t("boards-new")}</h2>
            <ActionForm action=create>
                <FormError error />
                <Field name="name" id="new-board-name" label=i18n.t("field-board-name") required=true
                    maxlength=100 error />
                <fieldset class="field">
                    <legend>{i18n.t("field-board-template")}</legend>
                    {BOARD_TEMPLATES.iter().enumerate().map(|(i, t)| {
                        let id = format!("template-{t}");
                        view! {
                            <div class="field-check">
                                <input type="radio" id=id.clone() name="template" value=*t checked=i == 0 />
                                <label for=id>
                                    <strong>{i18n.t(&format!("template-{t}"))}</strong>
                                    " "
                                    <span class="muted">{i18n.t(&format!("template-{t}-stages"))}</span>
                                </label>
                            </div>
                        }
                    }).collect_view()}
                    <p class="field-error" aria-live="polite">{template_error}</p>
                </fieldset>
                <button type="submit" class="button" disabled=move || create.pending().get()>
                    {i18n.t("boards-create")}
                </button>
            </ActionForm>
        </section>
    }
}
