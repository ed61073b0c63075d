//! `/companies/:id`: a company's details, correctable, and every
//! application the person has with it.

use super::route_id;
use crate::api::companies::{UpdateCompany, get_company};
use crate::model::company::Company;
use crate::ui::components::error_notice::ErrorNotice;
use crate::ui::components::form::{Field, FormError, Notice, last_error};
use crate::ui::components::inputs::TextArea;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::settings::RequireSignIn;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CompanyPage() -> impl IntoView {
    let id = route_id();
    let save = ServerAction::<UpdateCompany>::new();
    let company = Resource::new(
        move || (id.get(), save.version().get()),
        |(id, _)| get_company(id),
    );
    view! {
        <RequireSignIn>
            <Transition>
                {move || company.get().map(|r| match r {
                    Ok(c) => view! { <CompanyDetail company=c save /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                })}
            </Transition>
        </RequireSignIn>
    }
}

#[component]
fn CompanyDetail(company: Company, save: ServerAction<UpdateCompany>) -> impl IntoView {
    let i18n = use_i18n();
    let error = last_error(save.value());
    let c = company.clone();
    view! {
        <Title text=company.name.clone() />
        <article class="company-page" aria-labelledby="company-title">
            <nav class="breadcrumbs" aria-label=i18n.t("nav-breadcrumbs")>
                <a href="/boards">{i18n.t("boards-title")}</a>
            </nav>
            <h1 id="company-title">{company.name.clone()}</h1>
            <Notice known=&["company-saved"] />
            <div class="card-page-grid">
                <section class="card" aria-labelledby="company-edit-title">
                    <h2 id="company-edit-title">{i18n.t("company-details")}</h2>
                    <ActionForm action=save>
                        <input type="hidden" name="id" value=c.id.clone() />
                        <FormError error />
                        <Field name="name" label=i18n.t("field-company") required=true maxlength=100 value=c.name.clone() error />
                        <Field name="website" kind="url" label=i18n.t("field-website") maxlength=2000 value=c.website.clone() error />
                        <Field name="industry" label=i18n.t("field-industry") maxlength=100 value=c.industry.clone() error />
                        <Field name="size" label=i18n.t("field-company-size") maxlength=100 value=c.size.clone() error />
                        <Field name="location" label=i18n.t("field-location") maxlength=100 value=c.location.clone() error />
                        <TextArea id="field-notes".into() name="notes" label=i18n.t("field-notes")
                            value=c.notes.clone() maxlength=20000 error />
                        <button type="submit" class="button" disabled=move || save.pending().get()>{i18n.t("profile-save")}</button>
                    </ActionForm>
                </section>
                <section class="card" aria-labelledby="company-apps-title">
                    <h2 id="company-apps-title">{i18n.t("company-applications")}</h2>
                    <ul class="company-apps">
                        {company.applications.into_iter().map(|a| view! {
                            <li>
                                <a href=format!("/cards/{}", a.id)>{a.title}</a>
                                <span class="muted">" · " {a.board_name} " · " {a.stage_name}</span>
                                {a.archived.then(|| view! { <span class="badge">{i18n.t("card-archived")}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            </div>
        </article>
    }
}
