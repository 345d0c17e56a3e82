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
    view! {
        <details class="trace-filters">
            <summary>"Filters"</summary>
            <Checklist testid="machine-filter" legend="Machines" names=Signal::derive(machines) hidden=view.hidden_machines/>
            <Checklist testid="kind-filter" legend="Kinds of step" names=Signal::derive(kinds) hidden=view.hidden_kinds/>
        </details>
    }
}

/// One checkbox per name; unchecking a name adds it to `hidden`.
#[component]
fn Checklist(testid: &'static str, legend: &'static str, names: Signal<Vec<String>>, hidden: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let toggle = move |name: String| {
        hidden.update(|s| {
            if !s.remove(&name) {
                s.insert(name);
            }
        })
    };
    view! {
        <fieldset data-testid=testid>
            <legend>{legend}</legend>
            {move || names.get().into_iter().map(|name| {
                let shown = { let name = name.clone(); move || !hidden.get().contains(&name) };
                let toggled = name.clone();
                view! {
                    <label><input type="checkbox" prop:checked=shown on:change=move |_| toggle(toggled.clone())/>{name}</label>
                }
            }).collect_view()}
        </fieldset>
    }
}
