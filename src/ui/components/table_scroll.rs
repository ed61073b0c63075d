//! A wide table that scrolls sideways on narrow screens. The scrolling box
//! is a named region in the tab order, so a keyboard user can reach it and
//! scroll it with the arrow keys (WCAG 2.1.1).

use leptos::prelude::*;

/// `labelled_by`: the id of the heading or caption that names the table.
#[component]
pub fn TableScroll(labelled_by: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            {children()}
        </div>
    }
}
