//! One course: its labs; for instructors the join code, publishing a lab, and each lab's grades.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use serde_json::{json, Value};

use crate::components::nav::Nav;
use crate::http;

#[component]
pub fn Course() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let course = RwSignal::new(Value::Null);
    let labs = RwSignal::new(Vec::<Value>::new());
    let installed = RwSignal::new(Vec::<Value>::new());
    let error = RwSignal::new(None::<String>);
    let reload = move || {
        let id = id();
        leptos::task::spawn_local(async move {
            match http::get_json(&format!("/api/courses/{id}")).await {
                Ok(c) => course.set(c),
                Err(why) => return error.set(Some(why)),
            }
            if let Ok(l) = http::get_json(&format!("/api/courses/{id}/labs")).await {
                labs.set(l["labs"].as_array().cloned().unwrap_or_default());
            }
            if let Ok(l) = http::get_json("/api/labs").await {
                installed.set(l["labs"].as_array().cloned().unwrap_or_default());
            }
        })
    };
    reload();
    let instructor = move || course.with(|c| c["role"] == "instructor");
    let chosen = RwSignal::new(String::new());
    let deadline = RwSignal::new(String::new());
    let publish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lab = chosen.get_untracked();
        let lab = if lab.is_empty() { installed.with_untracked(|l| l.first().and_then(|x| x["id"].as_str()).unwrap_or_default().to_string()) } else { lab };
        // The deadline field is a local date and time; the API takes milliseconds since the epoch.
        let when = deadline.get_untracked();
        let deadline_ms = (!when.is_empty()).then(|| js_sys::Date::new(&when.into()).get_time() as i64);
        let id = id();
        leptos::task::spawn_local(async move {
            match http::post_json(&format!("/api/courses/{id}/labs"), &json!({ "lab_id": lab, "deadline": deadline_ms })).await {
                Ok(_) => reload(),
                Err(why) => error.set(Some(why)),
            }
        });
    };
    view! {
        <div class="page">
            <header class="topbar"><h1><a href="/">"Plait"</a></h1><span class="tagline">"Course"</span><Nav/></header>
            <main class="narrow">
                <h2 data-testid="course-title-heading">{move || course.with(|c| c["title"].as_str().unwrap_or_default().to_string())}</h2>
                <Show when=instructor>
                    <p>"Join code: " <code data-testid="course-join-code">{move || course.with(|c| c["join_code"].as_str().unwrap_or_default().to_string())}</code></p>
                </Show>
                <h3>"Labs"</h3>
                <ul class="list" data-testid="lab-list">
                    {move || labs.get().into_iter().map(|l| {
                        let lab = l["id"].as_str().unwrap_or_default().to_string();
                        let title = l["title"].as_str().unwrap_or_default().to_string();
                        let course_id = id();
                        view! {
                            <li>
                                <A href=format!("/courses/{course_id}/labs/{lab}")>{title}</A>
                                <Show when=instructor>
                                    " · " <A href=format!("/courses/{course_id}/labs/{lab}/grades")>"Grades"</A>
                                </Show>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show when=instructor>
                    <form class="inline-form" on:submit=publish>
                        <select data-testid="publish-lab" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {move || installed.get().into_iter().map(|l| {
                                let id = l["id"].as_str().unwrap_or_default().to_string();
                                view! { <option value=id.clone()>{l["title"].as_str().unwrap_or_default().to_string()}</option> }
                            }).collect_view()}
                        </select>
                        <label>"Deadline " <input type="datetime-local" data-testid="publish-deadline" prop:value=move || deadline.get() on:input=move |ev| deadline.set(event_target_value(&ev))/></label>
                        <button type="submit" data-testid="publish-submit">"Publish"</button>
                    </form>
                </Show>
                {move || error.get().map(|e| view! { <p class="error" data-testid="form-error">{e}</p> })}
            </main>
        </div>
    }
}
