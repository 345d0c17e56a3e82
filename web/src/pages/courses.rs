//! My courses: the list, joining one with its code, and (instructors) creating one.

use leptos::prelude::*;
use leptos_router::components::A;
use serde_json::{json, Value};

use crate::components::nav::Nav;
use crate::http;
use crate::session::SessionState;

#[component]
pub fn Courses() -> impl IntoView {
    let session = expect_context::<SessionState>();
    let courses = RwSignal::new(Vec::<Value>::new());
    let error = RwSignal::new(None::<String>);
    let reload = move || {
        leptos::task::spawn_local(async move {
            match http::get_json("/api/courses").await {
                Ok(reply) => courses.set(reply["courses"].as_array().cloned().unwrap_or_default()),
                Err(why) => error.set(Some(why)),
            }
        })
    };
    reload();
    let code = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let post = move |url: &'static str, body: Value| {
        leptos::task::spawn_local(async move {
            match http::post_json(url, &body).await {
                Ok(_) => {
                    error.set(None);
                    reload();
                }
                Err(why) => error.set(Some(why)),
            }
        })
    };
    view! {
        <div class="page">
            <header class="topbar"><h1><a href="/">"Plait"</a></h1><span class="tagline">"Courses"</span><Nav/></header>
            <main class="narrow">
                <Show when=move || session.loaded.get() && session.me.get().is_none()>
                    <p>"Sign in to see your courses. " <A href="/signin">"Sign in"</A></p>
                </Show>
                <h2>"My courses"</h2>
                <ul class="list" data-testid="course-list">
                    {move || courses.get().into_iter().map(|c| {
                        let id = c["id"].as_str().unwrap_or_default().to_string();
                        let title = c["title"].as_str().unwrap_or_default().to_string();
                        let role = c["role"].as_str().unwrap_or_default().to_string();
                        view! {
                            <li><A href=format!("/courses/{id}")>{title}</A> " " <span class="role">{role}</span></li>
                        }
                    }).collect_view()}
                </ul>
                <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); post("/api/courses/join", json!({ "code": code.get_untracked() })); }>
                    <input type="text" placeholder="Join code" data-testid="join-code" prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                    <button type="submit" data-testid="join-course">"Join"</button>
                </form>
                <Show when=move || session.me.get().is_some_and(|m| m.is_instructor)>
                    <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); post("/api/courses", json!({ "title": title.get_untracked() })); }>
                        <input type="text" placeholder="New course title" data-testid="course-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
                        <button type="submit" data-testid="create-course">"Create course"</button>
                    </form>
                </Show>
                {move || error.get().map(|e| view! { <p class="error" data-testid="form-error">{e}</p> })}
            </main>
        </div>
    }
}
