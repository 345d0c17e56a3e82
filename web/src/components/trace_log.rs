//! The trace as P's readable log, one line per step; clicking a line selects its step.

use leptos::prelude::*;

use crate::state::PlaygroundState;

#[component]
pub fn TraceLog() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let view = state.view;
    let lines = move || {
        let visible = view.visible();
        view.trace.with(|trace| {
            let trace = trace.as_ref()?;
            Some(
                visible
                    .into_iter()
                    .filter_map(|i| trace.steps.get(i).map(|s| (i, s.kind.clone(), s.text.clone())))
                    .map(|(i, kind, text)| {
                        view! {
                            <li class=format!("log-line {kind}") class:selected=move || view.selected.get() == i
                                on:click=move |_| view.selected.set(i)>{text}</li>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    view! {
        <details class="trace-log" open>
            <summary>"Log"</summary>
            <ol data-testid="trace-log">{lines}</ol>
        </details>
    }
}
