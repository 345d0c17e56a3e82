//! Bug traces as documents: what was checked, the schedule that reproduces the bug, and every step, as JSON
//! that is byte-identical wherever the same check runs.

use crate::explore::{schedule, CheckOptions, Choice, Found, StrategyKind};
use crate::runtime::log::{LogEntry, MachineSnapshot, Snapshot};
use crate::source::SourceSet;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Version of the trace document format; bumped on incompatible changes.
pub const FORMAT_VERSION: u32 = 1;

/// The checker's name and version, recorded in every trace.
pub fn checker_version() -> String {
    format!("plait {}", env!("CARGO_PKG_VERSION"))
}

/// A content digest of a program's sources (names and texts, in order).
pub fn program_digest(sources: &SourceSet) -> String {
    let mut hasher = Sha256::new();
    for (_, file) in sources.iter() {
        hasher.update((file.name.len() as u64).to_le_bytes());
        hasher.update(file.name.as_bytes());
        hasher.update((file.text.len() as u64).to_le_bytes());
        hasher.update(file.text.as_bytes());
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceConfig {
    pub strategy: String,
    pub pct_depth: Option<u32>,
    pub seed: u64,
    pub schedules: u64,
    pub max_steps: u64,
    pub max_fair_steps: u64,
    pub fail_on_max_steps: bool,
    pub liveness_threshold: Option<u64>,
    /// The fault model, in the `--faults` syntax (empty: no faults).
    #[serde(default)]
    pub faults: String,
}

impl TraceConfig {
    pub fn from_options(options: &CheckOptions) -> Self {
        let (strategy, pct_depth) = match options.strategy {
            StrategyKind::Random => ("random".to_string(), None),
            StrategyKind::Pct { depth } => ("pct".to_string(), Some(depth)),
        };
        TraceConfig {
            strategy,
            pct_depth,
            seed: options.seed,
            schedules: options.schedules,
            max_steps: options.max_steps,
            max_fair_steps: options.max_fair_steps,
            fail_on_max_steps: options.fail_on_max_steps,
            liveness_threshold: options.liveness_threshold,
            faults: options.faults.to_string(),
        }
    }

    pub fn to_options(&self) -> CheckOptions {
        CheckOptions {
            strategy: match (self.strategy.as_str(), self.pct_depth) {
                ("pct", Some(depth)) => StrategyKind::Pct { depth },
                _ => StrategyKind::Random,
            },
            schedules: self.schedules,
            max_steps: self.max_steps,
            max_fair_steps: self.max_fair_steps,
            seed: self.seed,
            fail_on_max_steps: self.fail_on_max_steps,
            liveness_threshold: self.liveness_threshold,
            coverage: false,
            faults: crate::runtime::faults::FaultSpec::parse(&self.faults).unwrap_or_default(),
        }
    }

    /// Random testing is fair (liveness temperature is tracked); PCT and exhaustive search are not.
    pub fn is_fair(&self) -> bool {
        self.strategy == "random"
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceBug {
    pub kind: String,
    pub message: String,
    /// `file:line:column` of the failing code, when there is one.
    pub location: Option<String>,
    /// How many scheduling steps the execution took until the bug.
    pub step: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceStep {
    /// The scheduling step it happened in (matches [`TraceSnapshot::step`]).
    pub step: u64,
    pub kind: String,
    pub machine: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub event: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub payload: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub target: Option<String>,
    pub text: String,
}

impl From<&LogEntry> for TraceStep {
    fn from(entry: &LogEntry) -> Self {
        TraceStep {
            step: entry.step,
            kind: entry.kind.as_str().to_string(),
            machine: entry.machine.clone(),
            state: entry.state.clone(),
            event: entry.event.clone(),
            payload: entry.payload.clone(),
            target: entry.target.clone(),
            text: entry.text.clone(),
        }
    }
}

/// A bug trace document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trace {
    pub format: u32,
    pub checker: String,
    pub program_digest: String,
    /// The paths the program was loaded from, as given (for `plait replay`).
    pub inputs: Vec<String>,
    pub test: String,
    pub config: TraceConfig,
    /// Which execution of the check found the bug (0-based).
    pub schedule_index: u64,
    /// The choices that reproduce the execution, in the compact form of [`schedule::encode`].
    pub schedule: String,
    pub bug: TraceBug,
    pub steps: Vec<TraceStep>,
    /// Every machine and monitor after each scheduling step (the last ones, for long executions).
    pub snapshots: Vec<TraceSnapshot>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceMachine {
    pub machine: String,
    pub state: String,
    pub status: String,
    /// Variable name and rendered value, in declaration order.
    pub vars: Vec<(String, String)>,
    pub inbox: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceSnapshot {
    pub step: u64,
    pub machines: Vec<TraceMachine>,
    pub monitors: Vec<TraceMachine>,
}

impl From<&MachineSnapshot> for TraceMachine {
    fn from(m: &MachineSnapshot) -> Self {
        TraceMachine { machine: m.machine.clone(), state: m.state.clone(), status: m.status.clone(), vars: m.vars.clone(), inbox: m.inbox.clone() }
    }
}

impl From<&Snapshot> for TraceSnapshot {
    fn from(s: &Snapshot) -> Self {
        TraceSnapshot {
            step: s.step,
            machines: s.machines.iter().map(TraceMachine::from).collect(),
            monitors: s.monitors.iter().map(TraceMachine::from).collect(),
        }
    }
}

impl Trace {
    pub fn new(sources: &SourceSet, inputs: Vec<String>, test: &str, options: &CheckOptions, found: &Found) -> Self {
        Trace {
            format: FORMAT_VERSION,
            checker: checker_version(),
            program_digest: program_digest(sources),
            inputs,
            test: test.to_string(),
            config: TraceConfig::from_options(options),
            schedule_index: found.schedule_index,
            schedule: schedule::encode(&found.choices),
            bug: TraceBug {
                kind: found.bug.kind.as_str().to_string(),
                message: found.bug.message.clone(),
                location: found.bug.span.and_then(|span| location(sources, span)),
                step: found.steps,
            },
            steps: steps_with_error(&found.log, &found.bug.message),
            snapshots: found.snapshots.iter().map(TraceSnapshot::from).collect(),
        }
    }

    /// Marks a trace found by exhaustive search as such, with step bounds that let its whole path replay.
    pub fn mark_exhaustive(&mut self) {
        self.config.strategy = "exhaustive".to_string();
        let length = self.choices().map_or(0, |c| c.len() as u64) + 1;
        self.config.max_steps = self.config.max_steps.max(length);
        self.config.max_fair_steps = self.config.max_fair_steps.max(length);
    }

    pub fn choices(&self) -> Option<Vec<Choice>> {
        schedule::decode(&self.schedule)
    }

    /// The document as pretty-printed JSON (stable field order).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Result<Trace, String> {
        let trace: Trace = serde_json::from_str(text).map_err(|e| format!("not a Plait trace: {e}"))?;
        if trace.format != FORMAT_VERSION {
            return Err(format!("trace format {} is not supported (this checker reads format {FORMAT_VERSION})", trace.format));
        }
        Ok(trace)
    }
}

/// The log's steps followed by the error itself, as the last step.
pub fn steps_with_error(log: &[LogEntry], message: &str) -> Vec<TraceStep> {
    let mut steps: Vec<TraceStep> = log.iter().map(TraceStep::from).collect();
    steps.push(TraceStep {
        step: log.last().map_or(0, |e| e.step),
        kind: "error".to_string(),
        machine: String::new(),
        state: None,
        event: None,
        payload: None,
        target: None,
        text: message.to_string(),
    });
    steps
}

/// `file:line:column` of a span.
pub fn location(sources: &SourceSet, span: crate::span::Span) -> Option<String> {
    let file = sources.get(span.file)?;
    let (line, column) = file.line_column(span.start);
    Some(format!("{}:{line}:{column}", file.name))
}
