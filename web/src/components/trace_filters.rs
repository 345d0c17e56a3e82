//! Filters: which machines and which kinds of step the diagram and log show.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::components::sequence_diagram::lanes;
use crate::state::PlaygroundState;

#[component]
pub fn TraceFilters() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let view = state.view;
    let machines = move || view.trace.with(|t| t.as_ref().map(|t| lanes(t).names()).unwrap_or_default());
    let kinds = move || {
        view.trace.with(|t| {
            t.as_ref()
                .map(|t| t.steps.iter().map(|s| s.kind.clone()).filter(|k| k != "error").collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let toggle = |set: RwSignal<BTreeSet<String>>, name: String| {
        set.update(|s| {
            if !s.remove(&name) {
                s.insert(name);
            }
        })
    };
    view! {
        <details class="trace-filters">
            <summary>"Filters"</summary>
            <fieldset data-testid="machine-filter">
                <legend>"Machines"</legend>
                {move || machines().into_iter().map(|m| {
                    let shown = { let m = m.clone(); move || !view.hidden_machines.get().contains(&m) };
                    let name = m.clone();
                    view! {
                        <label><input type="checkbox" prop:checked=shown on:change=move |_| toggle(view.hidden_machines, name.clone())/>{m}</label>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset data-testid="kind-filter">
                <legend>"Kinds of step"</legend>
                {move || kinds().into_iter().map(|k| {
                    let shown = { let k = k.clone(); move || !view.hidden_kinds.get().contains(&k) };
                    let name = k.clone();
                    view! {
                        <label><input type="checkbox" prop:checked=shown on:change=move |_| toggle(view.hidden_kinds, name.clone())/>{k}</label>
                    }
                }).collect_view()}
            </fieldset>
        </details>
    }
}
