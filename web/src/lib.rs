//! Plait's web app (client-side Leptos): the playground. Built for wasm32 by `scripts/web-build.sh`.

pub mod actions;
pub mod app;
pub mod checker;
pub mod components;
pub mod editor;
pub mod examples;
pub mod http;
pub mod pages;
pub mod protocol;
pub mod session;
pub mod state;

/// Mounts the app when the wasm module is instantiated.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
