//! Plait's checker in the browser: thin wasm-bindgen exports of [`api`], which does the work in plain Rust.

pub mod api;

use wasm_bindgen::prelude::*;

/// Parses and type-checks `[{name, text}]` files: `{ok, diagnostics, tests}` as JSON.
#[wasm_bindgen]
pub fn compile(files_json: &str) -> String {
    api::compile_json(files_json)
}

/// A check of one test, run in slices from a Web Worker.
#[wasm_bindgen]
pub struct CheckSession(api::Session);

#[wasm_bindgen]
impl CheckSession {
    /// Compiles the files and prepares the test's check with a trace configuration (JSON).
    #[wasm_bindgen(constructor)]
    pub fn new(files_json: &str, test: &str, config_json: &str) -> Result<CheckSession, JsError> {
        api::Session::new(files_json, test, config_json).map(CheckSession).map_err(|e| JsError::new(&e))
    }

    /// As the constructor, recording `inputs_json` (a list of paths) in traces instead of the file names.
    pub fn with_inputs(files_json: &str, test: &str, config_json: &str, inputs_json: &str) -> Result<CheckSession, JsError> {
        let inputs: Vec<String> = serde_json::from_str(inputs_json).map_err(|e| JsError::new(&format!("inputs: {e}")))?;
        api::Session::with_inputs(files_json, test, config_json, Some(inputs)).map(CheckSession).map_err(|e| JsError::new(&e))
    }

    /// The bug's trace as the JSON document `plait check --trace-out` writes (empty until a bug is found).
    pub fn trace_json(&self) -> String {
        self.0.trace_json()
    }

    /// Runs up to `budget` executions: `{done, schedules, steps, verdict, trace}` as JSON.
    pub fn step(&mut self, budget: u32) -> String {
        self.0.step(budget as u64)
    }

    /// The share-link data (for `/#/t/<data>`).
    pub fn share(&self) -> String {
        self.0.share()
    }
}

/// Re-opens share-link data: the program, test, configuration and the replayed trace, as JSON.
#[wasm_bindgen]
pub fn open_share(data: &str) -> String {
    api::open_share(data)
}
