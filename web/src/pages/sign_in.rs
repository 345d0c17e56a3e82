//! Sign in, or create an account.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde_json::json;

use crate::components::nav::Nav;
use crate::http;
use crate::session::SessionState;

#[component]
pub fn SignIn() -> impl IntoView {
    let session = expect_context::<SessionState>();
    let creating = RwSignal::new(false);
    let (email, name, password) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let navigate = navigate.clone();
        let (url, body) = if creating.get_untracked() {
            ("/api/auth/signup", json!({ "email": email.get_untracked(), "name": name.get_untracked(), "password": password.get_untracked() }))
        } else {
            ("/api/auth/login", json!({ "email": email.get_untracked(), "password": password.get_untracked() }))
        };
        leptos::task::spawn_local(async move {
            match http::post_json(url, &body).await {
                Ok(reply) => {
                    session.signed_in(&reply);
                    navigate("/courses", Default::default());
                }
                Err(why) => error.set(Some(why)),
            }
        });
    };
    view! {
        <div class="page">
            <header class="topbar"><h1><a href="/">"Plait"</a></h1><span class="tagline"></span><Nav/></header>
            <main class="narrow">
                <h2>{move || if creating.get() { "Create an account" } else { "Sign in" }}</h2>
                <form class="form" on:submit=submit>
                    <label>"Email" <input type="email" data-testid="email" required prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev))/></label>
                    <Show when=move || creating.get()>
                        <label>"Name" <input type="text" data-testid="name" required prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/></label>
                    </Show>
                    <label>"Password" <input type="password" data-testid="password" required minlength="8" prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/></label>
                    <button type="submit" class="primary" data-testid="sign-in-submit">{move || if creating.get() { "Create account" } else { "Sign in" }}</button>
                    {move || error.get().map(|e| view! { <p class="error" data-testid="form-error">{e}</p> })}
                </form>
                <button class="link" data-testid="toggle-sign-up" on:click=move |_| { creating.update(|c| *c = !*c); error.set(None); }>
                    {move || if creating.get() { "I have an account: sign in" } else { "New here? Create an account" }}
                </button>
            </main>
        </div>
    }
}
