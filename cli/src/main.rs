//! `plait`: compile and check P models from the command line, with P-compatible flags and exit codes.

mod bench;
mod check;
mod load;
mod merge;
mod replay;
mod report;

use checker_core::diagnostic::render_plain;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes of the CLI contract (DESIGN.md).
pub(crate) mod exit {
    pub const OK: u8 = 0;
    pub const STATIC_ERROR: u8 = 2;
    pub const USAGE: u8 = 3;
}

#[derive(Parser)]
#[command(name = "plait", version, about = "Check P models: find the interleaving that breaks your spec.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
#[expect(clippy::large_enum_variant, reason = "parsed once per run")]
enum Command {
    /// Parse and type-check P programs; exit 0 when clean, 2 on any static error.
    Compile {
        /// `.p` files, folders (every `.p` below) or `.pproj` projects, compiled together as one program.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Check tests: explore schedules until one breaks a spec; exit 0 no bug, 1 bug, 2 static error.
    Check(check::CheckArgs),
    /// Re-run a trace's schedule and print the trace (or where the program stopped fitting it).
    Replay {
        /// A trace written by `plait check --trace-out`.
        trace: PathBuf,
        /// The program's paths, when they differ from the ones recorded in the trace.
        paths: Vec<PathBuf>,
    },
    /// Merge the `--json` reports of shards into one verdict per test (the smallest-index bug wins).
    MergeReports {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Measure the checker: `plait bench compile PATH...` times parse + type check.
    Bench {
        #[command(subcommand)]
        what: bench::What,
    },
}

/// P's multi-letter short flags (`-tc`, `-ms`), which clap would read as `-t c`, rewritten to long ones.
fn p_compatible_args() -> Vec<std::ffi::OsString> {
    std::env::args_os()
        .map(|arg| match arg.to_str() {
            Some("-tc") => "--testcase".into(),
            Some("-ms") => "--max-steps".into(),
            _ => arg,
        })
        .collect()
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse_from(p_compatible_args()) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { exit::USAGE } else { exit::OK });
        }
    };
    // Values a hostile program nests very deeply are dropped, compared and printed recursively: give the
    // work a large stack (reserved, not committed, until used).
    let work = std::thread::Builder::new().stack_size(1 << 30).spawn(move || match cli.command {
        Command::Compile { paths } => compile(&paths),
        Command::Check(args) => check::run(&args),
        Command::Replay { trace, paths } => replay::run(&trace, &paths),
        Command::MergeReports { files } => merge::run(&files),
        Command::Bench { what } => bench::run(what),
    });
    match work.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("internal error: plait failed; please report this");
            ExitCode::from(exit::USAGE)
        }
    }
}

/// Loads and compiles; prints diagnostics to stderr. `Err` holds the exit code to stop with.
pub(crate) fn front_end(paths: &[PathBuf]) -> Result<checker_core::typeck::TypedProgram, u8> {
    let sources = load::load(paths).map_err(|e| {
        eprintln!("error: {e}");
        exit::USAGE
    })?;
    let compiled = checker_core::compile(&sources);
    if !compiled.diagnostics.is_empty() {
        eprint!("{}", render_plain(&compiled.diagnostics, &sources));
    }
    match compiled.program {
        Some(program) if !compiled.has_errors() => Ok(program),
        _ => {
            let errors = compiled.diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!("error: could not compile: {errors} error{}", if errors == 1 { "" } else { "s" });
            Err(exit::STATIC_ERROR)
        }
    }
}

fn compile(paths: &[PathBuf]) -> u8 {
    match front_end(paths) {
        Ok(program) => {
            eprintln!("compiled: {} test{}", program.tests.len(), if program.tests.len() == 1 { "" } else { "s" });
            exit::OK
        }
        Err(code) => code,
    }
}
