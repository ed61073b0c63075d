//! The board as the island finds it in the page: columns, cards and
//! where a card sits; moving a card element, counting again, saying it,
//! and saving the move.

use super::{Live, MoveTexts};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};

/// Where a card sits: its column's stage, and the card below it.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Place {
    pub(super) stage_id: String,
    pub(super) before: Option<String>,
}

pub(super) fn element(target: Option<leptos::web_sys::EventTarget>) -> Option<Element> {
    target.and_then(|t| t.dyn_into::<Element>().ok())
}

pub(super) fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// A card's id, from its link (`?…&card=<id>`, `card` always last).
pub(super) fn card_id(card: &Element) -> String {
    card.query_selector(".card-title")
        .ok()
        .flatten()
        .and_then(|a| a.get_attribute("href"))
        .and_then(|href| href.rsplit_once("card=").map(|(_, id)| id.to_string()))
        .unwrap_or_default()
}

/// Gives each card its handle, labelled from `label` ("Move “{title}”"):
/// the server sends none, as a handle does nothing before the page is live.
pub(super) fn add_handles(label: &str) {
    let Ok(cards) = document().query_selector_all(".board .job-card") else {
        return;
    };
    for i in 0..cards.length() {
        let Some(card) = cards.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if card.query_selector(".card-handle").ok().flatten().is_some() {
            continue;
        }
        let Ok(handle) = document().create_element("button") else {
            return;
        };
        for (name, value) in [
            ("type", "button"),
            ("class", "card-handle"),
            ("aria-label", &label.replace("{title}", &title_of(&card))),
            ("aria-describedby", "board-drag-help"),
            ("aria-pressed", "false"),
        ] {
            let _ = handle.set_attribute(name, value);
        }
        handle.set_text_content(Some("⠿"));
        let _ = card.append_child(&handle);
    }
}

pub(super) fn column_of(card: &Element) -> Option<Element> {
    closest(card, ".column")
}

pub(super) fn list_of(column: &Element) -> Option<Element> {
    column.query_selector("ol.cards").ok().flatten()
}

pub(super) fn cards_in(column: &Element) -> Vec<Element> {
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

pub(super) fn columns() -> Vec<Element> {
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

pub(super) fn place_of(card: &Element) -> Option<Place> {
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

pub(super) fn title_of(card: &Element) -> String {
    card.query_selector(".card-title")
        .ok()
        .flatten()
        .and_then(|t| t.text_content())
        .unwrap_or_default()
}

pub(super) fn focus_handle(card: &Element) {
    if let Some(handle) = card
        .query_selector(".card-handle")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<HtmlElement>().ok())
    {
        let _ = handle.focus();
    }
}

pub(super) fn set_lifted(card: &Element, on: bool) {
    let _ = card.class_list().toggle_with_force("job-card-lifted", on);
    if let Some(handle) = card.query_selector(".card-handle").ok().flatten() {
        let _ = handle.set_attribute("aria-pressed", if on { "true" } else { "false" });
    }
}

impl Live {
    /// Puts the card element at `place`; false when the place is gone.
    pub(super) fn put(self, card: &Element, place: &Place) -> bool {
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
    pub(super) fn recount(self, column: &Element) {
        let n = cards_in(column).len();
        if let Some(count) = column.query_selector(".column-count").ok().flatten() {
            count.set_text_content(Some(&n.to_string()));
            let _ = count.set_attribute("aria-label", &self.count_label(n));
        }
    }

    pub(super) fn say(self, text: String) {
        self.announce.set(text);
    }

    pub(super) fn text(self, pick: fn(&MoveTexts) -> &String) -> String {
        self.texts.with_value(|t| pick(t).clone())
    }

    /// A column's count and its label after a move.
    pub(super) fn count_label(self, n: usize) -> String {
        self.texts.with_value(|t| match n {
            0 => t.count[0].clone(),
            1 => t.count[1].clone(),
            n => t.count[2].replace("{count}", &n.to_string()),
        })
    }

    /// "Applied, 2 of 5".
    pub(super) fn where_is(self, card: &Element) -> String {
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

    pub(super) fn dropped(self, card: &Element) {
        let text = self
            .text(|t| &t.dropped)
            .replace("{title}", &title_of(card))
            .replace("{where}", &self.where_is(card));
        self.say(text);
    }

    /// Asks the server to save the card at its new place; a refusal
    /// puts it back at `start`.
    pub(super) fn save(self, card: Element, start: Place) {
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
}
