//! The trace viewer: the bug, step controls and filters, the sequence diagram, the selected step's machine
//! states, and the readable log. Arrow keys step through the trace.

use leptos::prelude::*;

use crate::components::sequence_diagram::SequenceDiagram;
use crate::components::state_panel::StatePanel;
use crate::components::step_controls::{step_by, StepControls};
use crate::components::trace_filters::TraceFilters;
use crate::components::trace_log::TraceLog;
use crate::state::PlaygroundState;

#[component]
pub fn TraceViewer() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let view = state.view;
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let delta = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "j" => 1,
            "ArrowLeft" | "ArrowUp" | "k" => -1,
            _ => return,
        };
        ev.prevent_default();
        step_by(view, delta);
    };
    view! {
        <section class="trace-viewer" data-testid="trace-viewer" tabindex="0" on:keydown=on_key>
            {move || match view.trace.get() {
                None => view! { <p class="placeholder">"Run a check: when it finds a bug, its trace appears here, step by step."</p> }.into_any(),
                Some(trace) => view! {
                    <div class="trace-head">
                        <h2>"Trace of " <code>{trace.test.clone()}</code></h2>
                        <p class="bug-summary" data-testid="trace-bug">
                            {format!("{}: {}", trace.bug.kind, trace.bug.message)}
                            {trace.bug.location.clone().map(|l| format!(" ({l})"))}
                        </p>
                    </div>
                    <StepControls/>
                    <TraceFilters/>
                    <div class="trace-body">
                        <SequenceDiagram/>
                        <StatePanel/>
                    </div>
                    <TraceLog/>
                }.into_any(),
            }}
        </section>
    }
}
