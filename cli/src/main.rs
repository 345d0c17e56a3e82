//! `plait`: compile and check P models from the command line, with P-compatible flags and exit codes.

mod bench;
mod load;

use checker_core::diagnostic::render_plain;
use clap::{Parser, Subcommand};
use std::io::Write;
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
enum Command {
    /// Parse and type-check P programs; exit 0 when clean, 2 on any static error.
    Compile {
        /// `.p` files, folders (every `.p` below) or `.pproj` projects, compiled together as one program.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Check P programs' tests (so far: list them with --list-tests).
    Check {
        /// `.p` files, folders (every `.p` below) or `.pproj` projects, compiled together as one program.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print every test name, one per line (parametric tests expanded with P's names), and exit.
        #[arg(long)]
        list_tests: bool,
    },
    /// Measure the checker: `plait bench compile PATH...` times parse + type check.
    Bench {
        #[command(subcommand)]
        what: bench::What,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { exit::USAGE } else { exit::OK });
        }
    };
    ExitCode::from(match cli.command {
        Command::Compile { paths } => compile(&paths),
        Command::Check { paths, list_tests } => check(&paths, list_tests),
        Command::Bench { what } => bench::run(what),
    })
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

fn check(paths: &[PathBuf], list_tests: bool) -> u8 {
    if !list_tests {
        eprintln!("error: `plait check` can only list tests so far: add --list-tests");
        return exit::USAGE;
    }
    match front_end(paths) {
        Ok(program) => {
            let mut out = std::io::stdout().lock();
            for test in &program.tests {
                if writeln!(out, "{}", test.name).is_err() {
                    return exit::USAGE;
                }
            }
            exit::OK
        }
        Err(code) => code,
    }
}
