//! Pointer moves (mouse, pen, touch): the card follows the pointer, a line
//! shows where it will land, the board scrolls near its edges.

use super::Live;
use super::dom::*;
use leptos::ev::PointerEvent;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};
use std::cell::RefCell;

/// Moves this far (px) before a press becomes a drag, so clicks stay
/// clicks.
const THRESHOLD: f64 = 6.0;
/// How close to the board's edge (px) the pointer scrolls it.
const EDGE: f64 = 48.0;

struct Drag {
    pointer: i32,
    card: HtmlElement,
    start: (f64, f64),
    started: bool,
}

thread_local! {
    static DRAG: RefCell<Option<Drag>> = const { RefCell::new(None) };
}

impl Live {
    pub(super) fn pointer_down(self, ev: PointerEvent) {
        if ev.button() != 0 || super::keyboard::lifting() {
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
        let (Some(place), Some(start)) = (target(&drag.card, x, y), place_of(&drag.card)) else {
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
