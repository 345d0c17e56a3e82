//! The links every page shares: the playground, my courses, and who is signed in.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::session::SessionState;

#[component]
pub fn Nav() -> impl IntoView {
    let session = expect_context::<SessionState>();
    let sign_out = move |_| {
        leptos::task::spawn_local(async move {
            let _ = crate::http::post_json("/api/auth/logout", &serde_json::json!({})).await;
            session.signed_out();
            let _ = window().location().set_href("/signin");
        });
    };
    view! {
        <nav class="nav" data-testid="nav">
            <A href="/">"Playground"</A>
            <A href="/courses">"Courses"</A>
            {move || match session.me.get() {
                Some(me) => view! {
                    <span class="who" data-testid="signed-in-as">{me.name.clone()}</span>
                    <button class="link" data-testid="sign-out" on:click=sign_out>"Sign out"</button>
                }.into_any(),
                None => view! { <A href="/signin">"Sign in"</A> }.into_any(),
            }}
        </nav>
    }
}
