//! Parses every `.p` file under the given directories, one file at a time, and prints the syntax errors.
//!
//! `cargo run --release -p checker-core --example parse_dir -- DIR... [--quiet] [--time]`
//! With `--time`, also parses all files of each directory as one program and prints how long that took.

use checker_core::diagnostic::render_plain;
use checker_core::syntax::parse_program;
use checker_core::SourceSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "p") {
            out.push(path);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quiet = args.iter().any(|a| a == "--quiet");
    let time = args.iter().any(|a| a == "--time");
    let (mut files, mut failed) = (0, 0);
    for dir in args.iter().filter(|a| !a.starts_with("--")) {
        let mut paths = Vec::new();
        collect(Path::new(dir), &mut paths);
        let mut all = SourceSet::new();
        for path in &paths {
            let text = match std::fs::read(path) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(e) => {
                    eprintln!("{}: {e}", path.display());
                    continue;
                }
            };
            all.add(path.display().to_string(), text.clone());
            let sources = SourceSet::single(path.display().to_string(), text);
            let parsed = parse_program(&sources);
            files += 1;
            if !parsed.diagnostics.is_empty() {
                failed += 1;
                println!("FAIL {} ({} errors)", path.display(), parsed.diagnostics.len());
                if !quiet {
                    print!("{}", render_plain(&parsed.diagnostics, &sources));
                }
            }
        }
        if time {
            let runs = 20;
            let started = Instant::now();
            let mut exprs = 0;
            for _ in 0..runs {
                exprs = parse_program(&all).program.expr_count;
            }
            let each = started.elapsed() / runs;
            println!(
                "{dir}: {} files, {} bytes, {exprs} expressions, parsed in {each:?} (mean of {runs})",
                all.len(),
                all.iter().map(|(_, f)| f.text.len()).sum::<usize>()
            );
        }
    }
    println!("{files} files parsed, {failed} with syntax errors");
}
