//! Step through the trace: first, back, forward, jump to the error; the selected step's position and text.

use leptos::prelude::*;

use crate::state::{PlaygroundState, TraceView};

/// Moves the selection `delta` steps among those the filters show.
pub fn step_by(view: TraceView, delta: i64) {
    let visible = view.visible();
    if visible.is_empty() {
        return;
    }
    let selected = view.selected.get_untracked();
    let position = visible.iter().position(|&i| i >= selected).unwrap_or(visible.len() - 1) as i64;
    let next = (position + delta).clamp(0, visible.len() as i64 - 1) as usize;
    if let Some(&i) = visible.get(next) {
        view.selected.set(i);
    }
}

/// The index of the error step (the last step of a bug trace).
pub fn error_index(view: TraceView) -> Option<usize> {
    view.trace.with_untracked(|t| t.as_ref().and_then(|t| t.steps.iter().rposition(|s| s.kind == "error")))
}

#[component]
pub fn StepControls() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let view = state.view;
    let position = move || {
        let visible = view.visible();
        let selected = view.selected.get();
        let at = visible.iter().position(|&i| i == selected).map_or(0, |p| p + 1);
        let text = view.trace.with(|t| t.as_ref().and_then(|t| t.steps.get(selected)).map(|s| s.text.clone()).unwrap_or_default());
        (at, visible.len(), text)
    };
    let first = move |_| {
        if let Some(&i) = view.visible().first() {
            view.selected.set(i);
        }
    };
    let to_error = move |_| {
        if let Some(i) = error_index(view) {
            view.selected.set(i);
        }
    };
    view! {
        <div class="step-controls">
            <button data-testid="step-first" title="First step" on:click=first>"First"</button>
            <button data-testid="step-back" title="Previous step (←)" on:click=move |_| step_by(view, -1)>"◀"</button>
            <button data-testid="step-forward" title="Next step (→)" on:click=move |_| step_by(view, 1)>"▶"</button>
            <button data-testid="jump-to-error" on:click=to_error>"Jump to error"</button>
            <span class="trace-step" data-testid="trace-step">
                {move || {
                    let (at, of, text) = position();
                    view! { <b>{format!("Step {at} of {of}")}</b> <span class="step-text">{text}</span> }
                }}
            </span>
        </div>
    }
}
