//! Grading one test of a submission. [`run_check`] runs the checker in this process (the lab tests use it;
//! it is the same JSON session the browser runs); the server runs it in a child process instead
//! (`plait-server grade-test`, [`run_isolated`]) under a time limit and a memory limit, so that a hostile
//! program (an infinite loop, a state explosion, a huge collection) costs a failed test, never the server.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use checker_core::share::SharedFile;
use checker_core::trace::TraceConfig;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::io::AsyncWriteExt;

/// One test to grade: the program's files, the P test, the check's configuration.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GradeRequest {
    pub files: Vec<SharedFile>,
    pub test: String,
    pub config: TraceConfig,
    /// The child process ends itself after this many seconds, even if the worker that started it has died.
    #[serde(default)]
    pub time_limit_s: Option<u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Bug,
    StaticError,
    /// The time limit ended the check.
    Timeout,
    /// The checker could not finish (memory limit, crash): the student's program made it fail.
    Error,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GradeOutcome {
    pub verdict: Verdict,
    /// What a student reads: the bug, the first diagnostics, or why the check stopped.
    pub message: String,
    pub schedules: u64,
    pub steps: u64,
    /// Share-link data replaying the bug (program, test, configuration, schedule).
    pub share: Option<String>,
}

impl GradeOutcome {
    fn stopped(verdict: Verdict, message: String) -> GradeOutcome {
        GradeOutcome { verdict, message, schedules: 0, steps: 0, share: None }
    }
}

/// Runs the check here, to the end (its own step and collection bounds apply; no time limit).
pub fn run_check(request: &GradeRequest) -> GradeOutcome {
    let files_json = serde_json::to_string(&request.files).unwrap_or_default();
    let compiled: Value = serde_json::from_str(&checker_wasm::api::compile_json(&files_json)).unwrap_or(Value::Null);
    if compiled["ok"] != true {
        let lines: Vec<String> = compiled["diagnostics"]
            .as_array()
            .map(|ds| {
                ds.iter()
                    .filter(|d| d["severity"] == "error")
                    .take(5)
                    .map(|d| format!("{}:{}:{}: {}", d["file"].as_str().unwrap_or(""), d["line"], d["column"], d["message"].as_str().unwrap_or("")))
                    .collect()
            })
            .unwrap_or_default();
        return GradeOutcome::stopped(Verdict::StaticError, lines.join("\n"));
    }
    let config_json = serde_json::to_string(&request.config).unwrap_or_default();
    let mut session = match checker_wasm::api::Session::new(&files_json, &request.test, &config_json) {
        Ok(s) => s,
        Err(e) => return GradeOutcome::stopped(Verdict::Error, e),
    };
    loop {
        let progress: Value = serde_json::from_str(&session.step(1000)).unwrap_or(Value::Null);
        if progress["done"] != true {
            continue;
        }
        let (schedules, steps) = (progress["schedules"].as_u64().unwrap_or(0), progress["steps"].as_u64().unwrap_or(0));
        if progress["verdict"] == "bug" {
            let bug = &progress["trace"]["bug"];
            let at = bug["location"].as_str().map(|l| format!(" at {l}")).unwrap_or_default();
            let message = format!("{}{at}: {}", bug["kind"].as_str().unwrap_or("bug"), bug["message"].as_str().unwrap_or(""));
            return GradeOutcome { verdict: Verdict::Bug, message, schedules, steps, share: Some(session.share()) };
        }
        let message = match progress["states"].as_u64() {
            Some(states) => format!("no bug in {states} states"),
            None => format!("no bug in {schedules} schedules"),
        };
        return GradeOutcome { verdict: Verdict::Pass, message, schedules, steps, share: None };
    }
}

/// Limits of one graded test's child process.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub time: Duration,
    /// Address space of the child (`prlimit --as`), when `prlimit` is installed.
    pub memory_bytes: u64,
}

/// Runs the check in `exe grade-test` (this server's own binary), killed at the time limit. `Err` is a
/// failure of the server's own (the grader would not start), which must not count against the student.
pub async fn run_isolated(exe: &Path, request: &GradeRequest, limits: Limits) -> Result<GradeOutcome, String> {
    let prlimit = Path::new("/usr/bin/prlimit");
    let mut command = if prlimit.is_file() {
        let mut c = tokio::process::Command::new(prlimit);
        c.arg(format!("--as={}", limits.memory_bytes)).arg("--").arg(exe);
        c
    } else {
        tokio::process::Command::new(exe)
    };
    command.arg("grade-test").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).kill_on_drop(true);
    let mut child = command.spawn().map_err(|e| format!("the grader could not start: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        let body = serde_json::to_vec(request).unwrap_or_default();
        let _ = stdin.write_all(&body).await;
    }
    Ok(match tokio::time::timeout(limits.time, child.wait_with_output()).await {
        Err(_) => GradeOutcome::stopped(Verdict::Timeout, format!("the check did not finish within {} s", limits.time.as_secs())),
        Ok(Err(e)) => return Err(format!("the grader failed: {e}")),
        Ok(Ok(output)) => match serde_json::from_slice::<GradeOutcome>(&output.stdout) {
            Ok(outcome) if output.status.success() => outcome,
            _ => {
                let stderr = String::from_utf8_lossy(&output.stderr);
                let why = if stderr.contains("memory allocation") || stderr.contains("out of memory") {
                    format!("the check ran out of memory (limit {} MiB)", limits.memory_bytes >> 20)
                } else {
                    format!("the check stopped abnormally ({})", output.status)
                };
                GradeOutcome::stopped(Verdict::Error, why)
            }
        },
    })
}
