//! The check form: which test, strategy, schedules, seed, max steps, faults; Run and Stop.

use leptos::prelude::*;

use crate::actions::Actions;
use crate::state::{CheckStatus, PlaygroundState};

#[component]
pub fn CheckControls() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let actions = expect_context::<Actions>();
    let form = state.form;
    let running = move || matches!(state.status.get(), CheckStatus::Running { .. });
    let tests = move || state.compiled.with(|c| c.tests.clone());
    let exhaustive = Signal::derive(move || form.strategy.get() == "exhaustive");
    view! {
        <form class="check-controls" on:submit=move |ev| { ev.prevent_default(); actions.run_check(); }>
            <label>
                "Test"
                <select data-testid="test-select"
                    prop:value=move || state.test.get()
                    on:change=move |ev| state.test.set(event_target_value(&ev))>
                    {move || tests().into_iter().map(|t| {
                        let selected = { let t = t.clone(); move || state.test.get() == t };
                        view! { <option value=t.clone() selected=selected>{t.clone()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                "Strategy"
                <select data-testid="strategy-select" prop:value=move || form.strategy.get()
                    on:change=move |ev| form.strategy.set(event_target_value(&ev))>
                    <option value="random">"random"</option>
                    <option value="pct">"pct"</option>
                    <option value="exhaustive">"exhaustive"</option>
                </select>
            </label>
            <Show when=move || form.strategy.get() == "exhaustive">
                <NumberField label="Max states" testid="max-states" value=form.max_states/>
                <label class="checkbox">
                    <input type="checkbox" data-testid="bfs" prop:checked=move || form.bfs.get()
                        on:change=move |ev| form.bfs.set(event_target_checked(&ev))/>
                    "Breadth-first (shortest counterexample)"
                </label>
            </Show>
            <Show when=move || form.strategy.get() == "pct">
                <NumberField label="PCT depth" testid="pct-depth" value=form.pct_depth/>
            </Show>
            // Exhaustive search explores every schedule, so it has no schedule count or seed.
            <NumberField label="Schedules" testid="schedules" value=form.schedules hidden=exhaustive/>
            <NumberField label="Seed" testid="seed" value=form.seed min=0 hidden=exhaustive/>
            <NumberField label="Max steps" testid="max-steps" value=form.max_steps/>
            <label class="wide">
                "Faults"
                <input type="text" data-testid="faults" placeholder="e.g. drop=2,crash=1@Server,restart"
                    prop:value=move || form.faults.get()
                    on:input=move |ev| form.faults.set(event_target_value(&ev))/>
            </label>
            <div class="buttons">
                <button type="submit" class="primary" data-testid="run-check"
                    title=move || if state.compiled.with(|c| c.ok) { "" } else { "Fix the program's errors first" }
                    disabled=move || running() || state.test.get().is_empty() || !state.compiled.with(|c| c.ok)>"Run check"</button>
                <button type="button" data-testid="stop-check" disabled=move || !running()
                    on:click=move |_| actions.stop_check()>"Stop"</button>
            </div>
        </form>
    }
}

/// A labelled whole-number input bound to a form field (kept as text; the form parses it on Run).
#[component]
fn NumberField(
    label: &'static str,
    testid: &'static str,
    value: RwSignal<String>,
    #[prop(default = 1)] min: u64,
    #[prop(into, default = Signal::stored(false))] hidden: Signal<bool>,
) -> impl IntoView {
    view! {
        <label class:hidden=move || hidden.get()>
            {label}
            <input type="number" min=min data-testid=testid prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </label>
    }
}
