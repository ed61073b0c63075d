//! Moving cards once the page is live: the board's island. The server
//! renders the columns and cards (each column with its plain "Move a card"
//! form); [`BoardMoves`] holds them and moves the card elements themselves,
//! then asks the server to save the move. A refusal puts the card back
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

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the island says, translated on the server. Placeholders in braces
/// (`{title}`, `{where}`, `{stage}`, `{position}`, `{count}`) are filled in
/// the browser.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MoveTexts {
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
mod dom {
    use super::*;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{Element, HtmlElement};
    use std::cell::RefCell;

    /// Moves this far (px) before a press becomes a drag, so clicks stay
    /// clicks.
    const THRESHOLD: f64 = 6.0;
    /// How close to the board's edge (px) the pointer scrolls it.
    const EDGE: f64 = 48.0;

    /// Where a card sits: its column's stage, and the card below it.
    #[derive(Clone, PartialEq, Eq)]
    struct Place {
        stage_id: String,
        before: Option<String>,
    }

    struct Lifted {
        card: HtmlElement,
        start: Place,
    }

    struct Drag {
        pointer: i32,
        card: HtmlElement,
        start: (f64, f64),
        started: bool,
    }

    thread_local! {
        static LIFTED: RefCell<Option<Lifted>> = const { RefCell::new(None) };
        static DRAG: RefCell<Option<Drag>> = const { RefCell::new(None) };
    }

    fn element(target: Option<leptos::web_sys::EventTarget>) -> Option<Element> {
        target.and_then(|t| t.dyn_into::<Element>().ok())
    }

    fn closest(el: &Element, selector: &str) -> Option<Element> {
        el.closest(selector).ok().flatten()
    }

    fn card_id(card: &Element) -> String {
        card.get_attribute("data-card").unwrap_or_default()
    }

    fn column_of(card: &Element) -> Option<Element> {
        closest(card, ".column")
    }

    fn list_of(column: &Element) -> Option<Element> {
        column.query_selector("ol.cards").ok().flatten()
    }

    fn cards_in(column: &Element) -> Vec<Element> {
        let mut out = Vec::new();
        if let Ok(list) = column.query_selector_all(".job-card") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    out.push(el);
                }
            }
        }
        out
    }

    fn columns() -> Vec<Element> {
        let mut out = Vec::new();
        if let Ok(list) = document().query_selector_all(".board .column") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    out.push(el);
                }
            }
        }
        out
    }

    fn place_of(card: &Element) -> Option<Place> {
        let column = column_of(card)?;
        let before = card
            .next_element_sibling()
            .filter(|n| n.class_list().contains("job-card"))
            .map(|n| card_id(&n));
        Some(Place {
            stage_id: column.get_attribute("data-stage")?,
            before,
        })
    }

    fn title_of(card: &Element) -> String {
        card.query_selector(".card-title")
            .ok()
            .flatten()
            .and_then(|t| t.text_content())
            .unwrap_or_default()
    }

    fn focus_handle(card: &Element) {
        if let Some(handle) = card
            .query_selector(".card-handle")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<HtmlElement>().ok())
        {
            let _ = handle.focus();
        }
    }

    fn set_lifted(card: &Element, on: bool) {
        let _ = card.class_list().toggle_with_force("job-card-lifted", on);
        if let Some(handle) = card.query_selector(".card-handle").ok().flatten() {
            let _ = handle.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    }

    impl Live {
        /// Puts the card element at `place`; false when the place is gone.
        fn put(self, card: &Element, place: &Place) -> bool {
            let Some(column) = columns()
                .into_iter()
                .find(|c| c.get_attribute("data-stage").as_deref() == Some(&*place.stage_id))
            else {
                return false;
            };
            let Some(list) = list_of(&column) else {
                return false;
            };
            let from = column_of(card);
            let before = place
                .before
                .as_ref()
                .and_then(|id| cards_in(&column).into_iter().find(|c| card_id(c) == *id));
            let _ = list.insert_before(card, before.as_ref().map(|b| b.as_ref()));
            if let Some(from) = from {
                self.recount(&from);
            }
            self.recount(&column);
            true
        }

        /// Writes a column's count after a card came or went.
        fn recount(self, column: &Element) {
            let n = cards_in(column).len();
            if let Some(count) = column.query_selector(".column-count").ok().flatten() {
                count.set_text_content(Some(&n.to_string()));
                let _ = count.set_attribute("aria-label", &self.count_label(n));
            }
        }

        fn say(self, text: String) {
            self.announce.set(text);
        }

        fn text(self, pick: fn(&MoveTexts) -> &String) -> String {
            self.texts.with_value(|t| pick(t).clone())
        }

        /// A column's count and its label after a move.
        fn count_label(self, n: usize) -> String {
            self.texts.with_value(|t| match n {
                0 => t.count[0].clone(),
                1 => t.count[1].clone(),
                n => t.count[2].replace("{count}", &n.to_string()),
            })
        }

        /// "Applied, 2 of 5".
        fn where_is(self, card: &Element) -> String {
            let Some(column) = column_of(card) else {
                return String::new();
            };
            let cards = cards_in(&column);
            let position = cards.iter().position(|c| c == card).map_or(0, |i| i + 1);
            let stage = column
                .query_selector(".column-name")
                .ok()
                .flatten()
                .and_then(|n| n.text_content())
                .unwrap_or_default();
            self.text(|t| &t.position)
                .replace("{stage}", &stage)
                .replace("{position}", &position.to_string())
                .replace("{count}", &cards.len().to_string())
        }

        fn dropped(self, card: &Element) {
            let text = self
                .text(|t| &t.dropped)
                .replace("{title}", &title_of(card))
                .replace("{where}", &self.where_is(card));
            self.say(text);
        }

        /// Asks the server to save the card at its new place; a refusal
        /// puts it back at `start`.
        fn save(self, card: Element, start: Place) {
            let Some(place) = place_of(&card) else {
                return;
            };
            if place == start {
                return;
            }
            self.failed.set(false);
            let id = card_id(&card);
            leptos::task::spawn_local(async move {
                use crate::api::boards::cards::MoveCard;
                use leptos::server_fn::ServerFn;
                let before = place.before.unwrap_or_default();
                let fields = [
                    ("id", &*id),
                    ("stage_id", &*place.stage_id),
                    ("before", &*before),
                ];
                let saved = crate::ui::browser::call(MoveCard::url(), &fields).await;
                if saved.is_err() {
                    self.put(&card, &start);
                    self.failed.set(true);
                    self.say(self.text(|t| &t.failed));
                }
            });
        }

        pub(super) fn key(self, ev: KeyboardEvent) {
            let Some(card) = element(ev.target())
                .filter(|t| t.class_list().contains("card-handle"))
                .and_then(|t| closest(&t, ".job-card"))
            else {
                return;
            };
            let lifted = LIFTED.with(|l| {
                l.borrow()
                    .as_ref()
                    .map(|l| (l.card.clone(), l.start.clone()))
            });
            let mine = lifted.as_ref().is_some_and(|(c, _)| **c == card);
            match ev.key().as_str() {
                " " | "Enter" if !mine => {
                    ev.prevent_default();
                    let (Some(start), Ok(el)) =
                        (place_of(&card), card.clone().dyn_into::<HtmlElement>())
                    else {
                        return;
                    };
                    // Another card still lifted goes back first.
                    if let Some((other, other_start)) = lifted {
                        self.put(&other, &other_start);
                        set_lifted(&other, false);
                    }
                    LIFTED.with(|l| *l.borrow_mut() = Some(Lifted { card: el, start }));
                    set_lifted(&card, true);
                    self.say(
                        self.text(|t| &t.lifted)
                            .replace("{title}", &title_of(&card)),
                    );
                }
                " " | "Enter" => {
                    ev.prevent_default();
                    LIFTED.with(|l| l.borrow_mut().take());
                    set_lifted(&card, false);
                    if let Some((_, start)) = lifted {
                        self.save(card.clone(), start);
                    }
                    self.dropped(&card);
                }
                "Escape" if mine => {
                    ev.prevent_default();
                    LIFTED.with(|l| l.borrow_mut().take());
                    if let Some((_, start)) = lifted {
                        self.put(&card, &start);
                    }
                    set_lifted(&card, false);
                    focus_handle(&card);
                    self.say(self.text(|t| &t.cancelled));
                }
                key @ ("ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight") if mine => {
                    ev.prevent_default();
                    if let Some(place) = step(&card, key) {
                        self.put(&card, &place);
                        focus_handle(&card);
                        self.say(self.where_is(&card));
                    }
                }
                _ => {}
            }
        }

        pub(super) fn pointer_down(self, ev: PointerEvent) {
            if ev.button() != 0 || LIFTED.with(|l| l.borrow().is_some()) {
                return;
            }
            let Some(target) = element(ev.target()) else {
                return;
            };
            let Some(card) =
                closest(&target, ".job-card").and_then(|c| c.dyn_into::<HtmlElement>().ok())
            else {
                return;
            };
            let on_handle = closest(&target, ".card-handle").is_some();
            let on_control = closest(
                &target,
                "a, button, input, select, textarea, summary, details, label, form",
            )
            .is_some();
            // Touch drags start on the handle; elsewhere a finger scrolls.
            if !on_handle && (on_control || ev.pointer_type() != "mouse") {
                return;
            }
            let _ = card.set_pointer_capture(ev.pointer_id());
            DRAG.with(|d| {
                *d.borrow_mut() = Some(Drag {
                    pointer: ev.pointer_id(),
                    card,
                    start: (f64::from(ev.client_x()), f64::from(ev.client_y())),
                    started: false,
                })
            });
        }

        pub(super) fn pointer_move(self, ev: PointerEvent) {
            let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
            DRAG.with(|d| {
                let mut d = d.borrow_mut();
                let Some(drag) = d.as_mut().filter(|d| d.pointer == ev.pointer_id()) else {
                    return;
                };
                let (dx, dy) = (x - drag.start.0, y - drag.start.1);
                if !drag.started {
                    if dx.hypot(dy) < THRESHOLD {
                        return;
                    }
                    drag.started = true;
                    let _ = drag.card.class_list().add_1("job-card-dragging");
                }
                ev.prevent_default();
                // Whole pixels: formatting a float would bring its code along.
                let (dx, dy) = (dx as i32, dy as i32);
                let _ = drag.card.style().set_property(
                    "transform",
                    &format!("translate({dx}px, {dy}px) rotate(1.5deg)"),
                );
                mark_target(target(&drag.card, x, y).as_ref());
                scroll_near_edges(x, y);
            });
        }

        pub(super) fn pointer_up(self, ev: PointerEvent) {
            let Some(drag) = take(ev.pointer_id()) else {
                return;
            };
            finish(&drag);
            if !drag.started {
                return;
            }
            let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
            let (Some(place), Some(start)) = (target(&drag.card, x, y), place_of(&drag.card))
            else {
                return;
            };
            if place != start && self.put(&drag.card, &place) {
                let card: Element = drag.card.into();
                self.save(card.clone(), start);
                self.dropped(&card);
            }
        }

        pub(super) fn pointer_cancel(self, ev: PointerEvent) {
            if let Some(drag) = take(ev.pointer_id()) {
                finish(&drag);
            }
        }
    }

    /// The place one step away with the arrow `key`: up and down in the
    /// column, left and right to the same row of the next column.
    fn step(card: &Element, key: &str) -> Option<Place> {
        let column = column_of(card)?;
        let cards = cards_in(&column);
        let at = cards.iter().position(|c| c == card)?;
        let stage_id = column.get_attribute("data-stage")?;
        match key {
            "ArrowUp" => (at > 0).then(|| Place {
                stage_id,
                before: Some(card_id(&cards[at - 1])),
            }),
            "ArrowDown" => (at + 1 < cards.len()).then(|| Place {
                stage_id,
                before: cards.get(at + 2).map(card_id),
            }),
            _ => {
                let all = columns();
                let here = all.iter().position(|c| *c == column)?;
                let to = if key == "ArrowLeft" {
                    here.checked_sub(1)?
                } else {
                    here + 1
                };
                let next = all.get(to)?;
                Some(Place {
                    stage_id: next.get_attribute("data-stage")?,
                    before: cards_in(next).get(at).map(card_id),
                })
            }
        }
    }

    fn take(pointer: i32) -> Option<Drag> {
        DRAG.with(|d| {
            let mut d = d.borrow_mut();
            if d.as_ref().is_some_and(|d| d.pointer == pointer) {
                d.take()
            } else {
                None
            }
        })
    }

    fn finish(drag: &Drag) {
        let _ = drag.card.style().remove_property("transform");
        let _ = drag.card.class_list().remove_1("job-card-dragging");
        let _ = drag.card.release_pointer_capture(drag.pointer);
        mark_target(None);
    }

    /// Draws the line where a dragged card would land.
    fn mark_target(place: Option<&Place>) {
        for marked in ["job-card-drop-before", "cards-drop-end"] {
            if let Ok(list) = document().query_selector_all(&format!(".{marked}")) {
                for i in 0..list.length() {
                    if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let _ = el.class_list().remove_1(marked);
                    }
                }
            }
        }
        let Some(place) = place else {
            return;
        };
        let Some(column) = columns()
            .into_iter()
            .find(|c| c.get_attribute("data-stage").as_deref() == Some(&*place.stage_id))
        else {
            return;
        };
        match &place.before {
            Some(id) => {
                if let Some(card) = cards_in(&column).into_iter().find(|c| card_id(c) == *id) {
                    let _ = card.class_list().add_1("job-card-drop-before");
                }
            }
            None => {
                if let Some(list) = list_of(&column) {
                    let _ = list.class_list().add_1("cards-drop-end");
                }
            }
        }
    }

    /// The place under the pointer: the column it is over, above the first
    /// card whose middle is below it (the dragged card left out).
    fn target(dragged: &Element, x: f64, y: f64) -> Option<Place> {
        for column in columns() {
            let rect = column.get_bounding_client_rect();
            if x < rect.left() || x > rect.right() {
                continue;
            }
            let before = cards_in(&column)
                .into_iter()
                .filter(|c| c != dragged)
                .find(|c| {
                    let r = c.get_bounding_client_rect();
                    y < r.top() + r.height() / 2.0
                })
                .map(|c| card_id(&c));
            return Some(Place {
                stage_id: column.get_attribute("data-stage")?,
                before,
            });
        }
        None
    }

    /// Scrolls the board sideways, and the page up or down, near the edges.
    fn scroll_near_edges(x: f64, y: f64) {
        if let Ok(Some(board)) = document().query_selector(".board") {
            let r = board.get_bounding_client_rect();
            if x < r.left() + EDGE {
                board.scroll_by_with_x_and_y(-16.0, 0.0);
            } else if x > r.right() - EDGE {
                board.scroll_by_with_x_and_y(16.0, 0.0);
            }
        }
        let height = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if y < EDGE {
            window().scroll_by_with_x_and_y(0.0, -16.0);
        } else if height > 0.0 && y > height - EDGE {
            window().scroll_by_with_x_and_y(0.0, 16.0);
        }
    }
}
