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
                <label>
                    "Max states"
                    <input type="number" min="1" data-testid="max-states" prop:value=move || form.max_states.get()
                        on:input=move |ev| form.max_states.set(event_target_value(&ev))/>
                </label>
                <label class="checkbox">
                    <input type="checkbox" data-testid="bfs" prop:checked=move || form.bfs.get()
                        on:change=move |ev| form.bfs.set(event_target_checked(&ev))/>
                    "Breadth-first (shortest counterexample)"
                </label>
            </Show>
            <Show when=move || form.strategy.get() == "pct">
                <label>
                    "PCT depth"
                    <input type="number" min="1" data-testid="pct-depth" prop:value=move || form.pct_depth.get()
                        on:input=move |ev| form.pct_depth.set(event_target_value(&ev))/>
                </label>
            </Show>
            <label class:hidden=move || form.strategy.get() == "exhaustive">
                "Schedules"
                <input type="number" min="1" data-testid="schedules" prop:value=move || form.schedules.get()
                    on:input=move |ev| form.schedules.set(event_target_value(&ev))/>
            </label>
            <label class:hidden=move || form.strategy.get() == "exhaustive">
                "Seed"
                <input type="number" min="0" data-testid="seed" prop:value=move || form.seed.get()
                    on:input=move |ev| form.seed.set(event_target_value(&ev))/>
            </label>
            <label>
                "Max steps"
                <input type="number" min="1" data-testid="max-steps" prop:value=move || form.max_steps.get()
                    on:input=move |ev| form.max_steps.set(event_target_value(&ev))/>
            </label>
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
