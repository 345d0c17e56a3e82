//! The sequence diagram: a lane per machine and one for the monitors, a row per step: arrows for sends, dots
//! for dequeues, boxes for state changes, faults and the error marked. Clicking a row selects its step.

use leptos::prelude::*;

use checker_core::trace::{Trace, TraceStep};

use crate::state::PlaygroundState;

const LANE_WIDTH: f64 = 150.0;
const ROW_HEIGHT: f64 = 24.0;
const TOP: f64 = 36.0;
const LEFT: f64 = 10.0;
/// Room on the right for the last lane's labels and for the error's message.
const RIGHT_MARGIN: f64 = 250.0;
/// Longer labels are cut; the log below shows every step in full.
const LABEL_CHARS: usize = 28;

/// The diagram's lanes: machines in order of first appearance, then the monitors' shared lane.
pub struct Lanes {
    pub machines: Vec<String>,
    pub monitors: Vec<String>,
}

impl Lanes {
    fn count(&self) -> usize {
        self.machines.len() + usize::from(!self.monitors.is_empty())
    }

    fn of(&self, name: &str) -> Option<usize> {
        if self.monitors.iter().any(|m| m == name) {
            return Some(self.machines.len());
        }
        self.machines.iter().position(|m| m == name)
    }

    /// Every name a filter can hide.
    pub fn names(&self) -> Vec<String> {
        self.machines.iter().chain(self.monitors.iter()).cloned().collect()
    }
}

pub fn lanes(trace: &Trace) -> Lanes {
    let mut monitors: Vec<String> = Vec::new();
    for snapshot in &trace.snapshots {
        for m in &snapshot.monitors {
            if !monitors.contains(&m.machine) {
                monitors.push(m.machine.clone());
            }
        }
    }
    for step in trace.steps.iter().filter(|s| s.kind == "monitor") {
        if !monitors.contains(&step.machine) {
            monitors.push(step.machine.clone());
        }
    }
    let mut machines: Vec<String> = Vec::new();
    for step in &trace.steps {
        for name in [Some(&step.machine), step.target.as_ref()].into_iter().flatten() {
            if !name.is_empty() && !monitors.contains(name) && !machines.contains(name) {
                machines.push(name.clone());
            }
        }
    }
    Lanes { machines, monitors }
}

fn lane_x(lane: usize) -> f64 {
    LEFT + lane as f64 * LANE_WIDTH + LANE_WIDTH / 2.0
}

fn short(text: &str) -> String {
    clip(text, LABEL_CHARS)
}

fn clip(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(chars.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

fn event_label(step: &TraceStep) -> String {
    let event = step.event.clone().unwrap_or_default();
    match step.payload.as_deref() {
        Some(p) if !p.is_empty() => short(&format!("{event}({p})")),
        _ => short(&event),
    }
}

/// One step's drawing in row `row`.
fn step_shape(lanes: &Lanes, step: &TraceStep, row: usize) -> AnyView {
    let y = TOP + row as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0;
    let width = lanes.count().max(1) as f64 * LANE_WIDTH + RIGHT_MARGIN;
    let Some(lane) = lanes.of(&step.machine) else {
        // The error (and anything not tied to a machine) spans the diagram.
        let class = if step.kind == "error" { "shape error" } else { "shape note" };
        return view! {
            <g class=class>
                <rect x=LEFT y=y - 9.0 width=width - LEFT height="18" rx="3"/>
                <text x=LEFT + 6.0 y=y + 4.0>{clip(&step.text, (width / 7.0) as usize)}</text>
            </g>
        }
        .into_any();
    };
    let x = lane_x(lane);
    match step.kind.as_str() {
        "send" => {
            let to = step.target.as_deref().and_then(|t| lanes.of(t)).map_or(x + 40.0, lane_x);
            let (x1, x2) = if (to - x).abs() < 1.0 { (x, x + 30.0) } else { (x, to) };
            let end = if x2 > x1 { x2 - 4.0 } else { x2 + 4.0 };
            view! {
                <g class="shape send">
                    <line x1=x1 y1=y x2=end y2=y marker-end="url(#arrow)"/>
                    <text x=(x1 + x2) / 2.0 y=y - 4.0 text-anchor="middle">{event_label(step)}</text>
                </g>
            }
            .into_any()
        }
        "dequeue" | "receive" => view! {
            <g class="shape dequeue">
                <circle cx=x cy=y r="4"/>
                <text x=x + 8.0 y=y + 4.0>{format!("⇐ {}", event_label(step))}</text>
            </g>
        }
        .into_any(),
        "state-enter" | "goto" => {
            let label = short(step.state.as_deref().unwrap_or(&step.kind));
            view! {
                <g class="shape state">
                    <rect x=x - 60.0 y=y - 9.0 width="120" height="18" rx="9"/>
                    <text x=x y=y + 4.0 text-anchor="middle">{label}</text>
                </g>
            }
            .into_any()
        }
        "create" => view! {
            <g class="shape create">
                <rect x=x - 40.0 y=y - 9.0 width="80" height="18"/>
                <text x=x y=y + 4.0 text-anchor="middle">"created"</text>
            </g>
        }
        .into_any(),
        "fault" => view! {
            <g class="shape fault">
                <text x=x - 8.0 y=y + 4.0>{format!("⚡ {}", short(&step.text))}</text>
            </g>
        }
        .into_any(),
        "halt" => view! {
            <g class="shape halt">
                <line x1=x - 8.0 y1=y - 8.0 x2=x + 8.0 y2=y + 8.0/>
                <line x1=x - 8.0 y1=y + 8.0 x2=x + 8.0 y2=y - 8.0/>
            </g>
        }
        .into_any(),
        kind => {
            let label = match kind {
                "monitor" | "announce" | "raise" => format!("{kind} {}", event_label(step)),
                "choice" => format!("$ → {}", step.payload.clone().unwrap_or_default()),
                "print" => short(&step.text),
                _ => kind.to_string(),
            };
            view! {
                <g class=format!("shape {kind}")>
                    <circle cx=x cy=y r="2.5"/>
                    <text x=x + 6.0 y=y + 4.0>{short(&label)}</text>
                </g>
            }
            .into_any()
        }
    }
}

#[component]
pub fn SequenceDiagram() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let view = state.view;
    let drawing = move || {
        let visible = view.visible();
        view.trace.with(|trace| {
            let trace = trace.as_ref()?;
            let lanes = lanes(trace);
            let width = LEFT * 2.0 + lanes.count().max(1) as f64 * LANE_WIDTH + RIGHT_MARGIN;
            let height = TOP + visible.len() as f64 * ROW_HEIGHT + 10.0;
            let mut headers: Vec<(String, usize)> = lanes.machines.iter().cloned().enumerate().map(|(i, m)| (m, i)).collect();
            if !lanes.monitors.is_empty() {
                headers.push((format!("monitors: {}", lanes.monitors.join(", ")), lanes.machines.len()));
            }
            let rows = visible
                .iter()
                .enumerate()
                .filter_map(|(row, &i)| trace.steps.get(i).map(|s| (row, i, s)))
                .map(|(row, i, step)| {
                    let y = TOP + row as f64 * ROW_HEIGHT;
                    view! {
                        <g class="row" data-step=i on:click=move |_| view.selected.set(i)>
                            <rect class="hit" x="0" y=y width=width height=ROW_HEIGHT/>
                            {step_shape(&lanes, step, row)}
                        </g>
                    }
                })
                .collect_view();
            let selected_y = move || {
                let selected = view.selected.get();
                view.visible().iter().position(|&i| i == selected).map_or(-100.0, |row| TOP + row as f64 * ROW_HEIGHT)
            };
            Some(view! {
                <svg class="sequence-diagram" data-testid="sequence-diagram" width=width height=height
                    viewBox=format!("0 0 {width} {height}") role="img" aria-label="Sequence diagram of the trace">
                    <defs>
                        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M 0 0 L 10 5 L 0 10 z"/>
                        </marker>
                    </defs>
                    <rect class="selected-row" x="0" y=selected_y width=width height=ROW_HEIGHT/>
                    {headers.into_iter().map(|(name, lane)| {
                        let x = lane_x(lane);
                        view! {
                            <g class="lane">
                                <line x1=x y1=TOP - 8.0 x2=x y2=height/>
                                <text x=x y="18" text-anchor="middle">{short(&name)}</text>
                            </g>
                        }
                    }).collect_view()}
                    {rows}
                </svg>
            })
        })
    };
    view! { <div class="diagram-scroll">{drawing}</div> }
}
