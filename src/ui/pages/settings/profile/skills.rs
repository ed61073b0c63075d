//! Skills as tags: each with its own remove button, and a form to add one.

use crate::api::profile::{AddSkill, DeleteSkill};
use crate::model::profile::Skill;
use crate::ui::components::form::{Field, FormError, last_error};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn SkillsSection(skills: Vec<Skill>) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddSkill>::new();
    let error = last_error(add.value());
    let empty = skills.is_empty();
    view! {
        <section class="card" aria-labelledby="skills-title">
            <h2 id="skills-title">{i18n.t("profile-skills-title")}</h2>
            {empty.then(|| view! { <p class="muted">{i18n.t("profile-none-yet")}</p> })}
            <ul class="profile-tags">
                {skills.into_iter().map(|skill| view! { <SkillTag skill /> }).collect_view()}
            </ul>
            <ActionForm action=add attr:class="profile-inline">
                <FormError error />
                <Field name="skill" label=i18n.t("field-skill") required=true maxlength=100 error />
                <button type="submit" class="button button-secondary" disabled=move || add.pending().get()>
                    {i18n.t("profile-skill-add")}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn SkillTag(skill: Skill) -> impl IntoView {
    let i18n = use_i18n();
    let delete = ServerAction::<DeleteSkill>::new();
    let remove = i18n.t_with(
        "profile-skill-remove",
        &[("name", skill.name.clone().into())],
    );
    view! {
        <li class="badge profile-tag">
            <span>{skill.name}</span>
            <ActionForm action=delete>
                <input type="hidden" name="id" value=skill.id />
                <button type="submit" class="profile-tag-remove" aria-label=remove.clone() title=remove>
                    "×"
                </button>
            </ActionForm>
        </li>
    }
}
