//! Who is signed in, for every component: one resource, refreshed on each
//! navigation, so the header follows sign-in and sign-out.

use crate::api::auth::get_me;
use crate::error::AppError;
use crate::model::account::Me;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[derive(Clone, Copy)]
pub struct MeResource(pub Resource<Result<Option<Me>, AppError>>);

/// Creates the resource; called once, inside the router.
pub fn provide_me() {
    let location = use_location();
    let me = Resource::new(
        move || (location.pathname.get(), location.search.get()),
        |_| get_me(),
    );
    provide_context(MeResource(me));
}

pub fn use_me() -> Resource<Result<Option<Me>, AppError>> {
    expect_context::<MeResource>().0
}
