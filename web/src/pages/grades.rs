//! The instructor's view of a lab: every student's best and latest score, per-test pass rates, regrading,
//! and grade export.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde_json::{json, Value};

use crate::components::nav::Nav;
use crate::http;

#[component]
pub fn Grades() -> impl IntoView {
    let params = use_params_map();
    let course = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let lab = params.with_untracked(|p| p.get("lab").unwrap_or_default());
    let base = format!("/api/courses/{course}/labs/{lab}");
    let grades = RwSignal::new(Value::Null);
    let message = RwSignal::new(None::<String>);
    let reload = {
        let base = base.clone();
        move || {
            let base = base.clone();
            leptos::task::spawn_local(async move {
                match http::get_json(&format!("{base}/grades")).await {
                    Ok(g) => grades.set(g),
                    Err(why) => message.set(Some(why)),
                }
            });
        }
    };
    reload();
    let regrade = {
        let (base, reload) = (base.clone(), reload.clone());
        move |_| {
            let (base, reload) = (base.clone(), reload.clone());
            leptos::task::spawn_local(async move {
                match http::post_json(&format!("{base}/regrade"), &json!({})).await {
                    Ok(r) => message.set(Some(format!("{} submissions queued for regrading", r["queued"]))),
                    Err(why) => message.set(Some(why)),
                }
                reload();
            });
        }
    };
    let score = |v: &Value| v["score"].as_i64().map_or("–".to_string(), |s| s.to_string());
    view! {
        <div class="page">
            <header class="topbar"><h1><a href="/">"Plait"</a></h1><span class="tagline">"Grades"</span><Nav/></header>
            <main>
                <h2>{move || grades.with(|g| g["title"].as_str().unwrap_or_default().to_string())}</h2>
                <p class="buttons">
                    <button data-testid="regrade-all" on:click=regrade>"Regrade all"</button>
                    <a class="button" data-testid="export-csv" href=format!("{base}/grades.csv") download="grades.csv">"Export CSV"</a>
                    <a class="button" data-testid="export-results-json" href=format!("{base}/results.json") download="results.json">"Export results.json"</a>
                </p>
                {move || message.get().map(|m| view! { <p class="notice">{m}</p> })}
                <table class="grades" data-testid="grades-table">
                    <thead><tr><th>"Student"</th><th>"Email"</th><th>"Best"</th><th>"Latest"</th><th>"Submissions"</th></tr></thead>
                    <tbody>
                        {move || grades.with(|g| g["students"].as_array().cloned().unwrap_or_default()).into_iter().map(|s| view! {
                            <tr>
                                <td>{s["name"].as_str().unwrap_or_default().to_string()}</td>
                                <td>{s["email"].as_str().unwrap_or_default().to_string()}</td>
                                <td>{score(&s["best"])}</td>
                                <td>{score(&s["latest"])}</td>
                                <td>{s["submissions"].to_string()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <h3>"Pass rate per test (latest submissions)"</h3>
                <ul class="list" data-testid="pass-rates">
                    {move || grades.with(|g| g["tests"].as_array().cloned().unwrap_or_default()).into_iter().map(|t| view! {
                        <li>{format!("{} ({}, {} points): {} of {}", t["id"].as_str().unwrap_or_default(), t["visibility"].as_str().unwrap_or_default(), t["points"], t["passed"], t["of"])}</li>
                    }).collect_view()}
                </ul>
            </main>
        </div>
    }
}
