//! Moving cards once the page is live: the board's island. The server
//! renders the columns and cards (each column with its plain "Move a card"
//! form); [`BoardMoves`] gives each card a handle, moves the card elements
//! themselves, then asks the server to save the move. A refusal puts the card back
//! where it was and says so.
//!
//! Keyboard: on a card's handle, Space or Enter lifts the card, the arrow
//! keys move it (up and down in its column, left and right across
//! columns), Space or Enter drops it, Escape puts it back. Each step is
//! announced in the board's live region.
//!
//! Pointer (mouse, pen, touch): press a card (touch: its handle) and drag;
//! the card follows the pointer, a line shows where it will land, the
//! board scrolls near its edges; releasing drops it there.

#[cfg(not(feature = "hydrate"))]
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the island says, translated on the server. Placeholders in braces
/// (`{title}`, `{where}`, `{stage}`, `{position}`, `{count}`) are filled in
/// the browser.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MoveTexts {
    /// A card's handle: "Move “{title}”".
    pub handle: String,
    pub lifted: String,
    pub dropped: String,
    pub position: String,
    pub cancelled: String,
    pub failed: String,
    /// A column's count for 0, 1 and `{count}` cards.
    pub count: [String; 3],
}

#[island]
pub fn BoardMoves(texts: MoveTexts, children: Children) -> impl IntoView {
    let announce = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    let live = Live {
        texts: StoredValue::new(texts.clone()),
        announce,
        failed,
    };
    // The cards' handles, once the columns are in place.
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| dom::add_handles(&live.text(|t| &t.handle)));
    view! {
        <div
            class="board-moves"
            on:keydown=move |ev| live.key(ev)
            on:pointerdown=move |ev| live.pointer_down(ev)
            on:pointermove=move |ev| live.pointer_move(ev)
            on:pointerup=move |ev| live.pointer_up(ev)
            on:pointercancel=move |ev| live.pointer_cancel(ev)
        >
            <p class="board-problem error" role="alert" hidden=move || !failed.get()>{texts.failed}</p>
            {children()}
            <p class="sr-only" aria-live="assertive" aria-atomic="true">{move || announce.get()}</p>
        </div>
    }
}

/// The island's state, shared by its handlers.
#[derive(Clone, Copy)]
struct Live {
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    texts: StoredValue<MoveTexts>,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    announce: RwSignal<String>,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    failed: RwSignal<bool>,
}

#[cfg(not(feature = "hydrate"))]
impl Live {
    fn key(self, _: KeyboardEvent) {}
    fn pointer_down(self, _: PointerEvent) {}
    fn pointer_move(self, _: PointerEvent) {}
    fn pointer_up(self, _: PointerEvent) {}
    fn pointer_cancel(self, _: PointerEvent) {}
}

#[cfg(feature = "hydrate")]
mod dom;
#[cfg(feature = "hydrate")]
mod keyboard;
#[cfg(feature = "hydrate")]
mod pointer;
