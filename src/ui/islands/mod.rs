//! How a page's islands come alive: the WebAssembly is preloaded with the
//! page and started as soon as the document is parsed (`loader.js`).
//! Everything outside the islands is the server's HTML and stays so.

use leptos::prelude::*;

/// The `<head>` tags that load and start the islands, in place of Leptos'
/// `HydrationScripts`.
#[component]
pub fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    // Outside islands, the server writes no hydration data.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    // As scripts/build.sh names them.
    let pkg = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let (js, wasm) = (format!("{pkg}.js"), format!("{pkg}.wasm"));
    let start = format!("{}({js:?}, {wasm:?});", include_str!("loader.js"));
    let nonce = leptos::nonce::use_nonce();
    view! {
        <link rel="modulepreload" href=js.clone() crossorigin="" />
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin="" />
        <script type="module" nonce=nonce>{start}</script>
    }
}
