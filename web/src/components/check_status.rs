//! The check's live status (progress, speed) and its result.

use leptos::prelude::*;

use crate::state::{CheckStatus, PlaygroundState, Totals};

/// `12,345` — counts a person reads.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1 schedule`, `2,000 schedules`.
pub fn counted(n: u64, noun: &str) -> String {
    format!("{} {noun}{}", grouped(n), if n == 1 { "" } else { "s" })
}

fn totals(t: Totals) -> String {
    let seconds = t.elapsed_ms / 1000.0;
    let rate = |n: u64| if t.elapsed_ms > 0.0 { grouped((n as f64 / seconds) as u64) } else { "0".into() };
    match t.states {
        Some(states) => format!(
            "{}, {} in {seconds:.2} s ({} states/s)",
            counted(states, "state"),
            counted(t.steps, "transition"),
            rate(states)
        ),
        None => format!("{}, {} in {seconds:.2} s ({} steps/s)", counted(t.schedules, "schedule"), counted(t.steps, "step"), rate(t.steps)),
    }
}

#[component]
pub fn CheckStatusLine() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let text = move || match state.status.get() {
        CheckStatus::Idle => "Ready.".to_string(),
        CheckStatus::Running { progress } => format!("Running: {}", totals(progress)),
        CheckStatus::Finished { progress, .. } => format!("Done: {}", totals(progress)),
        CheckStatus::Stopped { progress } => format!("Stopped: {}", totals(progress)),
        CheckStatus::Replaying => "Replaying the shared schedule…".to_string(),
        CheckStatus::Replayed { .. } => "Replayed the shared schedule.".to_string(),
        CheckStatus::Failed(_) => "The check could not run.".to_string(),
    };
    let running = move || matches!(state.status.get(), CheckStatus::Running { .. } | CheckStatus::Replaying);
    view! { <p class="check-status" class:running=running data-testid="check-status" aria-live="polite">{text}</p> }
}

#[component]
pub fn CheckResult() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let bug_line = move || {
        state.view.trace.with(|t| {
            t.as_ref().map(|t| {
                let at = t.bug.location.as_ref().map(|l| format!(" at {l}")).unwrap_or_default();
                format!("Bug found ({}){at}: {}", t.bug.kind, t.bug.message)
            })
        })
    };
    let content = move || match state.status.get() {
        CheckStatus::Finished { bug: true, .. } | CheckStatus::Replayed { bug: true } => {
            Some(("bug", bug_line().unwrap_or_else(|| "Bug found.".into())))
        }
        CheckStatus::Finished { bug: false, progress, stopped_by } => Some(("pass", match (progress.states, stopped_by) {
            (Some(states), None) => format!("No bug: the search explored all {} reachable within the bounds.", counted(states, "state")),
            (Some(states), Some(bound)) => {
                format!("No bug found in {}; the search stopped at its {bound} bound, so some states were not explored.", counted(states, "state"))
            }
            (None, _) => format!("No bug found in {}.", counted(progress.schedules, "schedule")),
        })),
        CheckStatus::Replayed { bug: false } => Some(("pass", "The shared schedule replays without a bug.".into())),
        CheckStatus::Stopped { progress } => {
            let explored = match progress.states {
                Some(states) => counted(states, "state"),
                None => counted(progress.schedules, "schedule"),
            };
            Some(("stopped", format!("Stopped after {explored}; no bug found so far.")))
        }
        CheckStatus::Failed(why) => Some(("failed", why)),
        _ => None,
    };
    view! {
        {move || content().map(|(kind, text)| view! {
            <p class=format!("check-result {kind}") data-testid="check-result" data-verdict=kind>{text}</p>
        })}
    }
}
