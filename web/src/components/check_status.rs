//! The check's live status (progress, speed) and its result.

use leptos::prelude::*;

use crate::state::{CheckStatus, PlaygroundState};

/// `12,345` — counts a person reads.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
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

fn totals(schedules: u64, steps: u64, elapsed_ms: f64) -> String {
    let rate = if elapsed_ms > 0.0 { (steps as f64 / (elapsed_ms / 1000.0)) as u64 } else { 0 };
    format!("{}, {} in {:.2} s ({} steps/s)", counted(schedules, "schedule"), counted(steps, "step"), elapsed_ms / 1000.0, grouped(rate))
}

#[component]
pub fn CheckStatusLine() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let text = move || match state.status.get() {
        CheckStatus::Idle => "Ready.".to_string(),
        CheckStatus::Running { schedules, steps, elapsed_ms } => format!("Running: {}", totals(schedules, steps, elapsed_ms)),
        CheckStatus::Finished { schedules, steps, elapsed_ms, .. } => format!("Done: {}", totals(schedules, steps, elapsed_ms)),
        CheckStatus::Stopped { schedules, steps, elapsed_ms } => format!("Stopped: {}", totals(schedules, steps, elapsed_ms)),
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
        CheckStatus::Finished { bug: false, schedules, .. } => {
            Some(("pass", format!("No bug found in {}.", counted(schedules, "schedule"))))
        }
        CheckStatus::Replayed { bug: false } => Some(("pass", "The shared schedule replays without a bug.".into())),
        CheckStatus::Stopped { schedules, .. } => Some(("stopped", format!("Stopped after {}; no bug found so far.", counted(schedules, "schedule")))),
        CheckStatus::Failed(why) => Some(("failed", why)),
        _ => None,
    };
    view! {
        {move || content().map(|(kind, text)| view! {
            <p class=format!("check-result {kind}") data-testid="check-result" data-verdict=kind>{text}</p>
        })}
    }
}
