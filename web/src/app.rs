//! The app's routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::pages::course::Course;
use crate::pages::courses::Courses;
use crate::pages::grades::Grades;
use crate::pages::lab::Lab;
use crate::pages::playground::Playground;
use crate::pages::sign_in::SignIn;
use crate::session::SessionState;

#[component]
pub fn App() -> impl IntoView {
    provide_context(SessionState::new());
    view! {
        <Router>
            <Routes fallback=|| view! { <p class="not-found">"This page does not exist. " <a href="/">"Open the playground"</a></p> }>
                <Route path=path!("/") view=Playground/>
                // A share link stored by the server: the playground opens it.
                <Route path=path!("/t/:id") view=Playground/>
                <Route path=path!("/signin") view=SignIn/>
                <Route path=path!("/courses") view=Courses/>
                <Route path=path!("/courses/:id") view=Course/>
                <Route path=path!("/courses/:id/labs/:lab") view=Lab/>
                <Route path=path!("/courses/:id/labs/:lab/grades") view=Grades/>
            </Routes>
        </Router>
    }
}
