//! The playground's state: signals shared by its components through Leptos context.

use std::collections::BTreeSet;
use std::sync::Arc;

use checker_core::share::SharedFile;
use checker_core::trace::{Trace, TraceConfig};
use leptos::prelude::*;

use crate::protocol::{CheckConfig, Compiled};

/// The check form, as the user set it. Defaults are `plait check`'s, so the same settings give the same trace.
#[derive(Clone, Copy)]
pub struct CheckForm {
    pub strategy: RwSignal<String>,
    pub schedules: RwSignal<String>,
    pub seed: RwSignal<String>,
    pub max_steps: RwSignal<String>,
    pub pct_depth: RwSignal<String>,
    pub faults: RwSignal<String>,
    /// Exhaustive search: breadth-first (shortest counterexamples) and the bound on distinct states.
    pub bfs: RwSignal<bool>,
    pub max_states: RwSignal<String>,
}

impl CheckForm {
    fn new() -> CheckForm {
        CheckForm {
            strategy: RwSignal::new("random".into()),
            schedules: RwSignal::new("1000".into()),
            seed: RwSignal::new("0".into()),
            max_steps: RwSignal::new("10000".into()),
            pct_depth: RwSignal::new("3".into()),
            faults: RwSignal::new(String::new()),
            bfs: RwSignal::new(true),
            max_states: RwSignal::new("1000000".into()),
        }
    }

    /// The configuration the form describes, as `plait check` would build it from the same flags
    /// (`--max-steps N` also sets the fair bound to 10·N and the liveness threshold to half of that).
    pub fn config(&self) -> Result<CheckConfig, String> {
        let number = |what: &str, text: String| -> Result<u64, String> {
            text.trim().parse::<u64>().map_err(|_| format!("{what} must be a whole number, not `{}`", text.trim()))
        };
        let schedules = number("Schedules", self.schedules.get_untracked())?;
        let seed = number("Seed", self.seed.get_untracked())?;
        let max_steps = number("Max steps", self.max_steps.get_untracked())?;
        if schedules == 0 || max_steps == 0 {
            return Err("Schedules and max steps must be at least 1".into());
        }
        let strategy = self.strategy.get_untracked();
        let pct_depth = if strategy == "pct" {
            Some(u32::try_from(number("PCT depth", self.pct_depth.get_untracked())?.max(1)).unwrap_or(u32::MAX))
        } else {
            None
        };
        let faults = self.faults.get_untracked().trim().to_string();
        checker_core::runtime::faults::FaultSpec::parse(&faults).map_err(|e| format!("Faults: {e}"))?;
        let max_fair_steps = max_steps.saturating_mul(10);
        let max_states = if strategy == "exhaustive" { Some(number("Max states", self.max_states.get_untracked())?) } else { None };
        let trace = TraceConfig {
            strategy,
            pct_depth,
            seed,
            schedules,
            max_steps,
            max_fair_steps,
            fail_on_max_steps: false,
            liveness_threshold: Some(max_fair_steps / 2),
            faults,
        };
        Ok(CheckConfig { trace, bfs: self.bfs.get_untracked(), max_states })
    }

    /// Shows a configuration (from a share link) in the form.
    pub fn show(&self, config: &TraceConfig) {
        let strategy = match config.strategy.as_str() {
            "pct" | "exhaustive" => config.strategy.clone(),
            _ => "random".into(),
        };
        self.strategy.set(strategy);
        self.schedules.set(config.schedules.to_string());
        self.seed.set(config.seed.to_string());
        self.max_steps.set(config.max_steps.to_string());
        if let Some(depth) = config.pct_depth {
            self.pct_depth.set(depth.to_string());
        }
        self.faults.set(config.faults.clone());
    }
}

/// How far a check got: schedules and steps, or for exhaustive search distinct states and transitions
/// (`steps`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    pub schedules: u64,
    pub steps: u64,
    pub elapsed_ms: f64,
    pub states: Option<u64>,
}

/// Where a check is.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckStatus {
    Idle,
    Running { progress: Totals },
    Finished { bug: bool, progress: Totals, stopped_by: Option<String> },
    Stopped { progress: Totals },
    /// A share link is being opened (its schedule replayed).
    Replaying,
    Replayed { bug: bool },
    Failed(String),
}

/// The trace on show, and how the viewer looks at it.
#[derive(Clone, Copy)]
pub struct TraceView {
    pub trace: RwSignal<Option<Arc<Trace>>>,
    /// The document exactly as the checker wrote it (what "Download trace" gives).
    pub json: RwSignal<String>,
    /// Index into the trace's steps.
    pub selected: RwSignal<usize>,
    pub hidden_machines: RwSignal<BTreeSet<String>>,
    pub hidden_kinds: RwSignal<BTreeSet<String>>,
}

impl TraceView {
    pub fn show(&self, trace: Trace, json: String) {
        let last = trace.steps.len().saturating_sub(1);
        self.hidden_machines.set(BTreeSet::new());
        self.hidden_kinds.set(BTreeSet::new());
        self.trace.set(Some(Arc::new(trace)));
        self.json.set(json);
        // Open on the error, which is where a reader starts.
        self.selected.set(last);
    }

    pub fn clear(&self) {
        self.trace.set(None);
        self.json.set(String::new());
        self.selected.set(0);
    }

    /// The indices of the steps the filters let through (the error always shows).
    pub fn visible(&self) -> Vec<usize> {
        let hidden_machines = self.hidden_machines.get();
        let hidden_kinds = self.hidden_kinds.get();
        self.trace.with(|t| {
            t.as_ref()
                .map(|t| {
                    t.steps
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.kind == "error" || !(hidden_kinds.contains(&s.kind) || hidden_machines.contains(&s.machine)))
                        .map(|(i, _)| i)
                        .collect()
                })
                .unwrap_or_default()
        })
    }
}

/// Everything the playground's components share.
#[derive(Clone, Copy)]
pub struct PlaygroundState {
    pub files: RwSignal<Vec<SharedFile>>,
    pub active: RwSignal<String>,
    pub compiled: RwSignal<Compiled>,
    /// A compile of the current text is on its way.
    pub compiling: RwSignal<bool>,
    pub test: RwSignal<String>,
    pub form: CheckForm,
    pub status: RwSignal<CheckStatus>,
    pub view: TraceView,
    /// Share-link data of the last check (program, test, configuration, schedule).
    pub share_data: RwSignal<Option<String>>,
    /// The full link, once the user pressed Share.
    pub share_link: RwSignal<Option<String>>,
    /// A message about the page as a whole (an opened link that no longer replays, say).
    pub notice: RwSignal<Option<String>>,
}

impl PlaygroundState {
    pub fn new() -> PlaygroundState {
        PlaygroundState {
            files: RwSignal::new(Vec::new()),
            active: RwSignal::new(String::new()),
            compiled: RwSignal::new(Compiled::default()),
            compiling: RwSignal::new(false),
            test: RwSignal::new(String::new()),
            form: CheckForm::new(),
            status: RwSignal::new(CheckStatus::Idle),
            view: TraceView {
                trace: RwSignal::new(None),
                json: RwSignal::new(String::new()),
                selected: RwSignal::new(0),
                hidden_machines: RwSignal::new(BTreeSet::new()),
                hidden_kinds: RwSignal::new(BTreeSet::new()),
            },
            share_data: RwSignal::new(None),
            share_link: RwSignal::new(None),
            notice: RwSignal::new(None),
        }
    }
}

impl Default for PlaygroundState {
    fn default() -> Self {
        Self::new()
    }
}
