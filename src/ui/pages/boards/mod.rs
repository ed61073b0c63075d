//! Pipeline boards (P08): the list of boards, one board as a kanban, a
//! card's detail page and a company's page.

mod board;
mod board_forms;
mod card;
mod card_page;
mod card_panel;
mod column;
mod company_page;
mod import;
mod list;
mod list_view;
mod move_form;
mod moves;
mod stage_forms;
mod timeline;

pub use board::BoardPage;
pub use card_page::CardPage;
pub use company_page::CompanyPage;
pub use import::ImportPage;
pub use list::BoardsPage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` of the current route.
fn route_id() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()))
}
