//! Moving cards once the board is live.
//!
//! Keyboard: on a card's handle, Space or Enter lifts the card, the arrow
//! keys move it (up and down in its column, left and right across
//! columns), Space or Enter drops it, Escape puts it back. Each step is
//! announced in the board's live region.
//!
//! Pointer (mouse, pen, touch): press a card (touch: its handle) and drag;
//! the card follows the pointer, a line shows where it will land, the
//! board scrolls near its edges; releasing drops it there. The columns are
//! left alone until the drop, so the dragged element stays in place.

use super::board::BoardCtx;
use crate::model::board::{Step, place_of, step};
use crate::ui::i18n::use_i18n;
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;

/// While a card is lifted, its keys work even when its handle has lost
/// focus for a moment: after each step the card is drawn in its new place
/// and its handle focused again on the next frame, and a key pressed in
/// between would otherwise go to the page and be lost. Keys the handle
/// already took (their default prevented) are left alone.
pub fn keep_keys_while_lifted(ctx: BoardCtx) {
    #[cfg(feature = "hydrate")]
    {
        let owner = Owner::current();
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.default_prevented() {
                return;
            }
            if let Some((card_id, _)) = ctx.lifted.get_untracked() {
                match &owner {
                    Some(owner) => owner.with(|| key(ctx, &card_id, ev)),
                    None => key(ctx, &card_id, ev),
                }
            }
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = ctx;
}

/// The keys of a card's handle.
pub fn key(ctx: BoardCtx, card_id: &str, ev: KeyboardEvent) {
    let i18n = use_i18n();
    let lifted = ctx.lifted.get_untracked();
    let mine = lifted.as_ref().is_some_and(|(c, _)| c == card_id);
    let key = ev.key();
    match key.as_str() {
        " " | "Enter" if !mine => {
            ev.prevent_default();
            let Some(place) = ctx.stages.with_untracked(|s| place_of(s, card_id)) else {
                return;
            };
            ctx.lifted.set(Some((card_id.to_string(), place)));
            let title = title_of(ctx, card_id);
            ctx.announce
                .set(i18n.t_with("board-lifted", &[("title", title.into())]));
        }
        " " | "Enter" => {
            ev.prevent_default();
            let Some((_, start)) = lifted else {
                return;
            };
            ctx.lifted.set(None);
            let Some(place) = ctx.stages.with_untracked(|s| place_of(s, card_id)) else {
                return;
            };
            if place != start {
                ctx.commit(card_id, place);
            }
            ctx.announce.set(i18n.t_with(
                "board-dropped",
                &[
                    ("title", title_of(ctx, card_id).into()),
                    ("where", where_is(ctx, card_id).into()),
                ],
            ));
        }
        "Escape" if mine => {
            ev.prevent_default();
            if let Some((_, start)) = lifted {
                ctx.stages.update(|s| {
                    crate::model::board::move_card(s, card_id, &start);
                });
            }
            ctx.lifted.set(None);
            ctx.announce.set(i18n.t("board-move-cancelled"));
            refocus(card_id);
        }
        "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" if mine => {
            ev.prevent_default();
            let direction = match key.as_str() {
                "ArrowUp" => Step::Up,
                "ArrowDown" => Step::Down,
                "ArrowLeft" => Step::Left,
                _ => Step::Right,
            };
            let Some(place) = ctx.stages.with_untracked(|s| step(s, card_id, direction)) else {
                return;
            };
            ctx.stages.update(|s| {
                crate::model::board::move_card(s, card_id, &place);
            });
            ctx.announce.set(where_is(ctx, card_id));
            refocus(card_id);
        }
        _ => {}
    }
}

fn title_of(ctx: BoardCtx, card_id: &str) -> String {
    ctx.stages.with_untracked(|s| {
        s.iter()
            .flat_map(|s| s.cards.iter())
            .find(|c| c.id == card_id)
            .map(|c| c.title.clone())
            .unwrap_or_default()
    })
}

/// "Applied, 2 of 5".
fn where_is(ctx: BoardCtx, card_id: &str) -> String {
    let i18n = use_i18n();
    ctx.stages.with_untracked(|s| {
        crate::model::board::locate(s, card_id)
            .map(|(si, ci)| {
                i18n.t_with(
                    "board-position",
                    &[
                        ("stage", s[si].name.clone().into()),
                        ("position", (ci as i64 + 1).into()),
                        ("count", (s[si].cards.len() as i64).into()),
                    ],
                )
            })
            .unwrap_or_default()
    })
}

/// Gives focus back to a card's handle once the columns re-rendered.
fn refocus(card_id: &str) {
    let id = format!("handle-{card_id}");
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

#[cfg(feature = "hydrate")]
pub use pointer::{pointer_cancel, pointer_down, pointer_move, pointer_up};

#[cfg(not(feature = "hydrate"))]
pub fn pointer_down(_: BoardCtx, _: &str, _: PointerEvent) {}
#[cfg(not(feature = "hydrate"))]
pub fn pointer_move(_: BoardCtx, _: PointerEvent) {}
#[cfg(not(feature = "hydrate"))]
pub fn pointer_up(_: BoardCtx, _: PointerEvent) {}
#[cfg(not(feature = "hydrate"))]
pub fn pointer_cancel(_: BoardCtx, _: PointerEvent) {}

#[cfg(feature = "hydrate")]
mod pointer {
    use super::*;
    use crate::model::board::Place;
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
        card_id: String,
        element: HtmlElement,
        start: (f64, f64),
        started: bool,
    }

    thread_local! {
        static DRAG: RefCell<Option<Drag>> = const { RefCell::new(None) };
    }

    pub fn pointer_down(ctx: BoardCtx, card_id: &str, ev: PointerEvent) {
        if ev.button() != 0 || ctx.lifted.get_untracked().is_some() {
            return;
        }
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let on_handle = target.closest(".card-handle").ok().flatten().is_some();
        let on_control = target
            .closest("a, button, input, select, textarea, summary, details, label")
            .ok()
            .flatten()
            .is_some();
        // Touch drags start on the handle; elsewhere a finger scrolls.
        if !on_handle && (on_control || ev.pointer_type() != "mouse") {
            return;
        }
        let Some(element) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let _ = element.set_pointer_capture(ev.pointer_id());
        DRAG.with(|d| {
            *d.borrow_mut() = Some(Drag {
                pointer: ev.pointer_id(),
                card_id: card_id.to_string(),
                element,
                start: (f64::from(ev.client_x()), f64::from(ev.client_y())),
                started: false,
            })
        });
    }

    pub fn pointer_move(ctx: BoardCtx, ev: PointerEvent) {
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
                ctx.dragging.set(Some(drag.card_id.clone()));
            }
            ev.prevent_default();
            let _ = drag.element.style().set_property(
                "transform",
                &format!("translate({dx}px, {dy}px) rotate(1.5deg)"),
            );
            ctx.drop_at.set(target(&drag.card_id, x, y));
            scroll_near_edges(x, y);
        });
    }

    pub fn pointer_up(ctx: BoardCtx, ev: PointerEvent) {
        let Some(drag) = take(ev.pointer_id()) else {
            return;
        };
        finish(ctx, &drag);
        if !drag.started {
            return;
        }
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let Some(place) = target(&drag.card_id, x, y) else {
            return;
        };
        let current = ctx.stages.with_untracked(|s| place_of(s, &drag.card_id));
        if current.as_ref() != Some(&place) {
            ctx.commit(&drag.card_id, place);
            let i18n = use_i18n();
            ctx.announce.set(i18n.t_with(
                "board-dropped",
                &[
                    ("title", title_of(ctx, &drag.card_id).into()),
                    ("where", where_is(ctx, &drag.card_id).into()),
                ],
            ));
        }
    }

    pub fn pointer_cancel(ctx: BoardCtx, ev: PointerEvent) {
        if let Some(drag) = take(ev.pointer_id()) {
            finish(ctx, &drag);
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

    fn finish(ctx: BoardCtx, drag: &Drag) {
        let _ = drag.element.style().remove_property("transform");
        let _ = drag.element.release_pointer_capture(drag.pointer);
        ctx.dragging.set(None);
        ctx.drop_at.set(None);
    }

    /// The place under the pointer: the column it is over, above the first
    /// card whose middle is below it (the dragged card left out).
    fn target(card_id: &str, x: f64, y: f64) -> Option<Place> {
        let columns = document().query_selector_all(".column").ok()?;
        for i in 0..columns.length() {
            let column = columns.item(i)?.dyn_into::<Element>().ok()?;
            let rect = column.get_bounding_client_rect();
            if x < rect.left() || x > rect.right() {
                continue;
            }
            let stage_id = column.get_attribute("data-stage")?;
            let cards = column.query_selector_all(".job-card").ok()?;
            let mut before = None;
            for j in 0..cards.length() {
                let card = cards.item(j)?.dyn_into::<Element>().ok()?;
                let id = card.get_attribute("data-card").unwrap_or_default();
                if id == card_id {
                    continue;
                }
                let r = card.get_bounding_client_rect();
                if y < r.top() + r.height() / 2.0 {
                    before = Some(id);
                    break;
                }
            }
            return Some(Place { stage_id, before });
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
