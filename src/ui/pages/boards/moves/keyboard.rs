//! Keyboard moves: Space or Enter lifts the card of the focused handle,
//! the arrow keys move it, Space or Enter drops it, Escape puts it back.

use super::Live;
use super::dom::*;
use leptos::ev::KeyboardEvent;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};
use std::cell::RefCell;

struct Lifted {
    card: HtmlElement,
    start: Place,
}

thread_local! {
    static LIFTED: RefCell<Option<Lifted>> = const { RefCell::new(None) };
}

/// Whether a card is lifted with the keyboard (a drag waits until it is
/// dropped).
pub(super) fn lifting() -> bool {
    LIFTED.with(|l| l.borrow().is_some())
}

impl Live {
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
