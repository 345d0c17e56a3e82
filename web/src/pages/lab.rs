//! A lab in a course: the handout, the editor with the starter (or the student's last draft, kept in this
//! browser), the public tests run in the browser as in the playground, Submit, and the submission history
//! with a score, feedback and trace link per test.

use std::collections::BTreeMap;

use checker_core::share::SharedFile;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use serde_json::{json, Value};

use crate::actions::Actions;
use crate::components::markdown::Markdown;
use crate::components::nav::Nav;
use crate::components::trace_viewer::TraceViewer;
use crate::components::workspace::Workspace;
use crate::http;
use crate::state::PlaygroundState;

fn draft_key(course: &str, lab: &str) -> String {
    format!("plait-draft:{course}:{lab}")
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[component]
pub fn Lab() -> impl IntoView {
    let params = use_params_map();
    let course_id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let lab_id = params.with_untracked(|p| p.get("lab").unwrap_or_default());
    let state = PlaygroundState::new();
    provide_context(state);
    let actions = Actions::start(state);
    provide_context(actions);
    let lab = RwSignal::new(Value::Null);
    let history = RwSignal::new(Vec::<Value>::new());
    let shown = RwSignal::new(Value::Null);
    let error = RwSignal::new(None::<String>);
    let editable = move || lab.with(|l| l["editable"].as_array().map(|e| e.iter().filter_map(|n| n.as_str().map(str::to_string)).collect::<Vec<_>>()).unwrap_or_default());
    let storage = window().local_storage().ok().flatten();
    let key = draft_key(&course_id, &lab_id);

    let (c, l) = (course_id.clone(), lab_id.clone());
    let load_history = move || {
        let (c, l) = (c.clone(), l.clone());
        leptos::task::spawn_local(async move {
            if let Ok(reply) = http::get_json(&format!("/api/labs/{l}/submissions?course_id={c}")).await {
                history.set(reply["submissions"].as_array().cloned().unwrap_or_default());
            }
        });
    };
    {
        let (l, key, storage, load_history) = (lab_id.clone(), key.clone(), storage.clone(), load_history.clone());
        leptos::task::spawn_local(async move {
            let reply = match http::get_json(&format!("/api/labs/{l}")).await {
                Ok(r) => r,
                Err(why) => return error.set(Some(why)),
            };
            let draft: BTreeMap<String, String> =
                storage.as_ref().and_then(|s| s.get_item(&key).ok().flatten()).and_then(|d| serde_json::from_str(&d).ok()).unwrap_or_default();
            let parse = |v: &Value| -> Vec<SharedFile> { serde_json::from_value(v.clone()).unwrap_or_default() };
            let mut files: Vec<SharedFile> = parse(&reply["starter"]);
            for f in &mut files {
                if let Some(text) = draft.get(&f.name) {
                    f.text = text.clone();
                }
            }
            files.extend(parse(&reply["public_files"]));
            let first = reply["editable"][0].as_str().unwrap_or_default().to_string();
            lab.set(reply);
            actions.load(files, &first);
            load_history();
        });
    }
    // Drafts of the editable files are kept in this browser as the student types.
    Effect::new(move |_| {
        let files = state.files.get();
        let names = editable();
        if names.is_empty() {
            return;
        }
        let draft: BTreeMap<&str, &str> = files.iter().filter(|f| names.contains(&f.name)).map(|f| (f.name.as_str(), f.text.as_str())).collect();
        if let Some(s) = &storage {
            let _ = s.set_item(&key, &serde_json::to_string(&draft).unwrap_or_default());
        }
    });

    let (c, l) = (course_id.clone(), lab_id.clone());
    let submitting = RwSignal::new(false);
    let submit = move |_| {
        let names = editable();
        let files: BTreeMap<String, String> = state.files.with_untracked(|fs| fs.iter().filter(|f| names.contains(&f.name)).map(|f| (f.name.clone(), f.text.clone())).collect());
        let (c, l, load_history) = (c.clone(), l.clone(), load_history.clone());
        submitting.set(true);
        shown.set(Value::Null);
        leptos::task::spawn_local(async move {
            match http::post_json(&format!("/api/labs/{l}/submissions"), &json!({ "course_id": c, "files": files })).await {
                Ok(reply) => {
                    let id = reply["id"].as_str().unwrap_or_default().to_string();
                    load_history();
                    // The grade comes from a worker: ask until it is there.
                    loop {
                        match http::get_json(&format!("/api/submissions/{id}")).await {
                            Ok(s) if s["status"] == "graded" || s["status"] == "failed" => {
                                shown.set(s);
                                break;
                            }
                            Ok(s) => shown.set(s),
                            Err(why) => {
                                error.set(Some(why));
                                break;
                            }
                        }
                        sleep(700).await;
                    }
                    load_history();
                }
                Err(why) => error.set(Some(why)),
            }
            submitting.set(false);
        });
    };
    let open = move |id: String| {
        leptos::task::spawn_local(async move {
            if let Ok(s) = http::get_json(&format!("/api/submissions/{id}")).await {
                shown.set(s);
            }
        });
    };

    let course_link = format!("/courses/{course_id}");
    view! {
        <div class="app">
            <header class="topbar"><h1><a href="/">"Plait"</a></h1>
                <span class="tagline"><A href=course_link>"Course"</A> " · " {move || lab.with(|l| l["title"].as_str().unwrap_or_default().to_string())}</span>
                <Nav/>
            </header>
            {move || error.get().map(|e| view! { <div class="notice" data-testid="notice">{e}</div> })}
            <details class="handout" open data-testid="handout">
                <summary>"Handout"</summary>
                {move || lab.with(|l| l["handout"].as_str().map(|h| view! { <Markdown text=h.to_string()/> }))}
            </details>
            <Workspace hint="Run the public tests here; Submit grades every test, hidden ones included, on the server.">
                <button class="primary" data-testid="submit-lab" disabled=move || submitting.get() on:click=submit>
                    {move || if submitting.get() { "Grading…" } else { "Submit" }}
                </button>
                {move || (!shown.with(Value::is_null)).then(|| view! { <SubmissionResults submission=shown.get()/> })}
                <h3>"My submissions"</h3>
                <ul class="list" data-testid="submission-history">
                    {move || history.get().into_iter().map(|s| {
                        let id = s["id"].as_str().unwrap_or_default().to_string();
                        let score = s["score"].as_i64().map_or("–".to_string(), |n| n.to_string());
                        let label = format!("{} · {} / {}", s["status"].as_str().unwrap_or_default(), score, s["max_score"]);
                        view! { <li><button class="link" on:click=move |_| open(id.clone())>{label}</button></li> }
                    }).collect_view()}
                </ul>
            </Workspace>
            <TraceViewer/>
        </div>
    }
}

/// One submission's score and per-test results.
#[component]
fn SubmissionResults(submission: Value) -> impl IntoView {
    let status = submission["status"].as_str().unwrap_or_default().to_string();
    let score = submission["score"].as_i64().map(|s| format!("{s} / {}", submission["max_score"]));
    let rows = submission["results"].as_array().cloned().unwrap_or_default();
    view! {
        <div class="submission" data-testid="submission-result" data-status=status.clone()>
            <p><b>{format!("Submission {status}")}</b> {score.map(|s| view! { <span data-testid="submission-score">{s}</span> })}</p>
            <table class="results">
                <tbody>
                    {rows.into_iter().map(|r| {
                        let link = r["trace_link"].as_str().map(str::to_string);
                        view! {
                            <tr class=format!("result {}", r["verdict"].as_str().unwrap_or_default())>
                                <td>{r["test_id"].as_str().unwrap_or_default().to_string()} " (" {r["visibility"].as_str().unwrap_or_default().to_string()} ")"</td>
                                <td>{format!("{} / {}", r["points"], r["max_points"])}</td>
                                <td class="feedback">{r["feedback"].as_str().unwrap_or_default().to_string()}</td>
                                <td>{link.map(|l| view! { <a href=l data-testid="trace-link" target="_blank">"trace"</a> })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
