//! The in-app notice of a new policy version (P31): shown to a signed-in
//! person until they acknowledge the newest version, with its summary, a
//! link to the privacy policy and a "Got it" button that is a plain form.

use crate::api::policies::{AcknowledgePolicy, get_policy_notice};
use crate::model::format::utc_date;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn PolicyNotice() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let ack = ServerAction::<AcknowledgePolicy>::new();
    let notice = Resource::new(
        move || (location.pathname.get(), ack.version().get()),
        |_| get_policy_notice(),
    );
    view! {
        <Transition>
            {move || notice.get().and_then(|r| r.ok().flatten()).map(|change| {
                let back = crate::ui::url::here_untracked(&location);
                let title = i18n.t_with(
                    "policy-notice-title",
                    &[("date", utc_date(change.effective_at).into())],
                );
                view! {
                    <section class="banner policy-notice" aria-labelledby="policy-notice-title">
                        <div>
                            <h2 id="policy-notice-title">{title}</h2>
                            <p>{change.summary}</p>
                            <p><a href="/privacy">{i18n.t("policy-notice-read")}</a></p>
                        </div>
                        <ActionForm action=ack>
                            <input type="hidden" name="version" value=change.version />
                            <input type="hidden" name="return_to" value=back />
                            <button type="submit" class="button button-small">{i18n.t("policy-notice-ok")}</button>
                        </ActionForm>
                    </section>
                }
            })}
        </Transition>
    }
}
