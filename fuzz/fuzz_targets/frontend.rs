//! Fuzz target: any bytes, as one or two P files, go through parse + type check without panicking.
#![no_main]

use checker_core::{compile, diagnostic::render_plain, SourceSet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut sources = SourceSet::new();
    // A NUL byte splits the input into two files, so cross-file resolution is fuzzed too.
    match text.split_once('\0') {
        Some((a, b)) => {
            sources.add("a.p", a);
            sources.add("b.p", b);
        }
        None => {
            sources.add("a.p", text.as_ref());
        }
    }
    let compiled = compile(&sources);
    let _ = render_plain(&compiled.diagnostics, &sources);
});
