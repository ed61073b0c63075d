//! `/insights`: what the search adds up to, for one board or all of them
//! (`?board=<id>`, chosen with a plain GET form so the page works before
//! and without the WebAssembly): headline numbers, the funnel, the median
//! time in each stage, and applications sent per week.

mod funnel;
mod stage_times;
mod weekly;

use crate::api::boards::list_boards;
use crate::api::insights::board_insights;
use crate::error::AppError;
use crate::model::board::BoardSummary;
use crate::model::insights::Insights;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn InsightsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let board = Memo::new(move |_| query.with(|q| q.get("board").unwrap_or_default()));
    // Made here, outside the sign-in check, like every page's resources.
    let boards = Resource::new(|| (), |_| list_boards());
    let insights = Resource::new(move || board.get(), board_insights);
    view! {
        <Title text=i18n.t("insights-title") />
        <RequireSignIn>
            <section class="insights-page" aria-labelledby="insights-title">
                <h1 id="insights-title">{i18n.t("insights-title")}</h1>
                <Suspense>
                    {move || boards.get().map(|r| match r {
                        Ok(list) => view! { <BoardChoice list board=board.get_untracked() /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    })}
                </Suspense>
                <Suspense>
                    {move || insights.get().map(|r: Result<Insights, AppError>| match r {
                        Ok(data) => view! { <InsightsBody data /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    })}
                </Suspense>
            </section>
        </RequireSignIn>
    }
}

/// Which board to look at, or all of them.
#[component]
fn BoardChoice(list: Vec<BoardSummary>, board: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form class="insights-choice" method="get" action="/insights">
            <div class="field">
                <label for="insights-board">{i18n.t("insights-board")}</label>
                <select id="insights-board" name="board">
                    <option value="" selected=board.is_empty()>{i18n.t("boards-all")}</option>
                    {list.into_iter().map(|b| {
                        let name = if b.archived {
                            format!("{} ({})", b.name, i18n.t("boards-archived-badge"))
                        } else {
                            b.name
                        };
                        view! { <option value=b.id.clone() selected=b.id == board>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button-secondary">{i18n.t("insights-show")}</button>
        </form>
    }
}

#[component]
fn InsightsBody(data: Insights) -> impl IntoView {
    let i18n = use_i18n();
    if data.tracked() == 0 {
        return view! {
            <p class="insights-empty">
                {i18n.t("insights-empty")} " " <a href="/boards">{i18n.t("insights-empty-link")}</a>
            </p>
        }
        .into_any();
    }
    view! {
        <Headline data=data.clone() />
        <div class="insights-grid">
            <funnel::Funnel funnel=data.funnel.clone() />
            <stage_times::StageTimes times=data.stage_times.clone() />
        </div>
        <weekly::Weekly weeks=data.weeks />
    }
    .into_any()
}

/// The numbers a person looks for first.
#[component]
fn Headline(data: Insights) -> impl IntoView {
    let i18n = use_i18n();
    let kind = |k: &str| {
        data.now_by_kind
            .iter()
            .find(|(kind, _)| kind == k)
            .map_or(0, |(_, n)| *n)
    };
    let rate = data
        .response_rate()
        .map(|r| format!("{r} %"))
        .unwrap_or_else(|| "–".to_string());
    let stats = [
        ("insights-stat-tracked", data.tracked().to_string()),
        (
            "insights-stat-applied",
            data.funnel.get(1).copied().unwrap_or(0).to_string(),
        ),
        ("insights-stat-response", rate),
        ("insights-stat-open", kind("open").to_string()),
        ("insights-stat-won", kind("won").to_string()),
        ("insights-stat-lost", kind("lost").to_string()),
    ];
    view! {
        <dl class="insights-stats">
            {stats.into_iter().map(|(key, value)| view! {
                <div class="insights-stat">
                    <dt>{i18n.t(key)}</dt>
                    <dd>{value}</dd>
                </div>
            }).collect_view()}
        </dl>
        <p class="muted insights-note">{i18n.t("insights-response-help")}</p>
    }
}
