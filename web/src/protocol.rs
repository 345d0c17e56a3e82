//! The messages between the page and the checker's Web Worker (`static/worker.js`), as JSON text.

use checker_core::share::SharedFile;
use checker_core::trace::{Trace, TraceConfig};
use serde::{Deserialize, Serialize};

/// A check's configuration: the trace configuration (what a trace and a share link record) and exhaustive
/// search's order and bound, which `checker-wasm` reads from the same JSON object.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckConfig {
    #[serde(flatten)]
    pub trace: TraceConfig,
    pub bfs: bool,
    pub max_states: Option<u64>,
}

/// What the page asks of a worker. Every request carries an id; replies carry it back so stale ones are ignored.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WorkerRequest<'a> {
    Compile { id: u64, files: &'a [SharedFile] },
    Check { id: u64, files: &'a [SharedFile], test: &'a str, config: &'a CheckConfig },
    OpenShare { id: u64, data: &'a str },
}

/// What a worker answers.
#[allow(clippy::large_enum_variant, reason = "one message at a time, handled at once")]
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WorkerMessage {
    /// The checker's wasm module is instantiated.
    Ready,
    Compiled { id: u64, result: Compiled },
    Progress {
        id: u64,
        schedules: u64,
        steps: u64,
        elapsed_ms: f64,
        /// Exhaustive search: distinct states so far.
        #[serde(default)]
        states: Option<u64>,
    },
    Result { id: u64, outcome: CheckOutcome },
    Opened { id: u64, result: Opened },
    Error { id: u64, message: String },
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Compiled {
    pub ok: bool,
    #[serde(default)]
    pub diagnostics: Vec<EditorDiagnostic>,
    #[serde(default)]
    pub tests: Vec<String>,
    /// The request itself was malformed.
    #[serde(default)]
    pub error: Option<String>,
}

/// A diagnostic positioned for the editor: 1-based lines, UTF-16 columns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditorDiagnostic {
    pub code: String,
    pub severity: String,
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    #[serde(default)]
    pub hints: Vec<String>,
}

/// A finished check: the verdict, its totals, the trace document exactly as the CLI writes it, and the
/// share-link data.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CheckOutcome {
    pub verdict: String,
    pub schedules: u64,
    pub steps: u64,
    pub elapsed_ms: f64,
    /// Exhaustive search: distinct states, and the bound that stopped it before it covered them all.
    #[serde(default)]
    pub states: Option<u64>,
    #[serde(default)]
    pub stopped_by: Option<String>,
    pub trace_json: String,
    pub share: String,
}

/// An opened share link: the program, test and configuration, and the replayed trace.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Opened {
    pub ok: bool,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub files: Vec<SharedFile>,
    #[serde(default)]
    pub test: String,
    #[serde(default)]
    pub config: Option<TraceConfig>,
    #[serde(default)]
    pub trace: Option<Trace>,
    #[serde(default)]
    pub divergence: Option<Divergence>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Divergence {
    /// 1-based index of the first choice that no longer fits.
    pub choice: u64,
    pub reason: String,
}
