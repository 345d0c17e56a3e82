//! `plait merge-reports`: combine the `--json` reports of shards (or CI jobs) into one verdict per test.
//!
//! Each shard explores a disjoint slice of the same schedules, so the merged verdict is `bug` if any shard
//! found one, and the bug reported is the one with the smallest `schedule_index`: exactly the bug an
//! unsharded check with the same options reports. Schedules and steps are summed.

use crate::exit;
use indexmap::IndexMap;
use serde_json::{json, Value};
use std::path::PathBuf;

pub fn run(files: &[PathBuf]) -> u8 {
    let mut merged: IndexMap<String, Value> = IndexMap::new();
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read `{}`: {e}", file.display());
                return exit::USAGE;
            }
        };
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let report: Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("error: `{}` line {}: not a JSON report: {e}", file.display(), n + 1);
                    return exit::USAGE;
                }
            };
            if report["verdict"] == "static_error" {
                println!("{report}");
                return crate::exit::STATIC_ERROR;
            }
            let Some(test) = report["test"].as_str().map(str::to_string) else {
                eprintln!("error: `{}` line {}: a report without a test name", file.display(), n + 1);
                return exit::USAGE;
            };
            match merged.get_mut(&test) {
                None => {
                    merged.insert(test, report);
                }
                Some(acc) => combine(acc, &report),
            }
        }
    }
    let mut code = exit::OK;
    for report in merged.values_mut() {
        if let Some(o) = report.as_object_mut() {
            o.remove("shard");
        }
        if report["verdict"] == "bug" {
            code = 1;
        }
        println!("{report}");
    }
    code
}

fn add(acc: &mut Value, other: &Value, field: &str) {
    let sum = acc[field].as_u64().unwrap_or(0).saturating_add(other[field].as_u64().unwrap_or(0));
    acc[field] = json!(sum);
}

fn combine(acc: &mut Value, other: &Value) {
    add(acc, other, "schedules");
    add(acc, other, "steps");
    let elapsed = acc["elapsed_ms"].as_u64().unwrap_or(0).max(other["elapsed_ms"].as_u64().unwrap_or(0));
    acc["elapsed_ms"] = json!(elapsed);
    let timed_out = acc["timed_out"].as_bool().unwrap_or(false) || other["timed_out"].as_bool().unwrap_or(false);
    acc["timed_out"] = json!(timed_out);
    let index = |v: &Value| v["bug"]["schedule_index"].as_u64();
    let take_other = match (index(acc), index(other)) {
        (None, Some(_)) => true,
        (Some(a), Some(b)) => b < a,
        _ => false,
    };
    if take_other {
        acc["bug"] = other["bug"].clone();
        acc["verdict"] = json!("bug");
    }
}
