//! Every machine's and monitor's state, variables and inbox after the selected step, with what changed in
//! that step highlighted; monitors show their temperature.

use leptos::prelude::*;

use checker_core::trace::{TraceMachine, TraceSnapshot};

use crate::state::PlaygroundState;

/// The snapshot after scheduling step `step` and the one before it (what "changed" is measured against).
fn snapshots_at(snapshots: &[TraceSnapshot], step: u64) -> (Option<&TraceSnapshot>, Option<&TraceSnapshot>) {
    let at = snapshots.iter().rposition(|s| s.step <= step);
    match at {
        Some(i) => (snapshots.get(i), i.checked_sub(1).and_then(|p| snapshots.get(p))),
        None => (None, None),
    }
}

fn machine_card(m: TraceMachine, before: Option<TraceMachine>, monitor: bool) -> impl IntoView {
    let state_changed = before.as_ref().is_some_and(|b| b.state != m.state || b.status != m.status);
    let inbox_changed = before.as_ref().is_some_and(|b| b.inbox != m.inbox);
    let temperature = (monitor && m.status != "warm").then(|| m.status.clone());
    let status = (!monitor).then(|| m.status.clone());
    let vars = m
        .vars
        .iter()
        .map(|(name, value)| {
            let old = before.as_ref().and_then(|b| b.vars.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()));
            let changed = before.is_some() && old.as_deref() != Some(value.as_str());
            view! {
                <tr class:changed=changed>
                    <th>{name.clone()}</th>
                    <td>{value.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="machine-card" class:monitor=monitor data-machine=m.machine.clone()>
            <h4>
                {m.machine.clone()}
                " "
                <span class="machine-state" class:changed=state_changed>{m.state.clone()}</span>
                {status.map(|s| view! { <span class=format!("status {s}")>{s.clone()}</span> })}
                {temperature.map(|t| view! { <span class=format!("temperature {t}")>{t.clone()}</span> })}
            </h4>
            <table class="vars"><tbody>{vars}</tbody></table>
            {(!monitor).then(|| view! {
                <p class="inbox" class:changed=inbox_changed>
                    <b>"inbox: "</b>
                    {if m.inbox.is_empty() { "empty".to_string() } else { m.inbox.join(", ") }}
                </p>
            })}
        </div>
    }
}

#[component]
pub fn StatePanel() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let view = state.view;
    let content = move || {
        let selected = view.selected.get();
        view.trace.with(|trace| {
            let trace = trace.as_ref()?;
            let step = trace.steps.get(selected)?.step;
            let (now, before) = snapshots_at(&trace.snapshots, step);
            let Some(now) = now else {
                return Some(view! { <p class="placeholder">"No snapshot of this step was kept (traces keep the steps nearest the bug)."</p> }.into_any());
            };
            let find = |list: &[TraceMachine], name: &str| list.iter().find(|m| m.machine == name).cloned();
            let machines = now
                .machines
                .iter()
                .map(|m| machine_card(m.clone(), before.and_then(|b| find(&b.machines, &m.machine)), false))
                .collect_view();
            let monitors = now
                .monitors
                .iter()
                .map(|m| machine_card(m.clone(), before.and_then(|b| find(&b.monitors, &m.machine)), true))
                .collect_view();
            Some(view! {
                <p class="snapshot-title">{if now.step < step {
                    // No snapshot is taken after a step that ends in a bug: this is the state it started from.
                    format!("Before scheduling step {step} (after step {})", now.step)
                } else {
                    format!("After scheduling step {}", now.step)
                }}</p>
                {machines}
                {monitors}
            }.into_any())
        })
    };
    view! { <aside class="state-panel" data-testid="state-panel">{content}</aside> }
}
