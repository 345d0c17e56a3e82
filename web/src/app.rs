//! The app's routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::pages::playground::Playground;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=|| view! { <p class="not-found">"This page does not exist. " <a href="/">"Open the playground"</a></p> }>
                <Route path=path!("/") view=Playground/>
                // A share link stored by the server: the playground opens it.
                <Route path=path!("/t/:id") view=Playground/>
            </Routes>
        </Router>
    }
}
