//! `plait bench`: repeatable timings of the checker's phases, for BENCHMARKS.md.

use crate::exit;
use crate::load;
use clap::Subcommand;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Subcommand)]
pub enum What {
    /// Parse + type-check the program N times (after one warm-up run) and print min / median / mean.
    Compile {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// How many timed runs.
        #[arg(long, short = 'n', default_value_t = 50)]
        iterations: u32,
    },
}

pub fn run(what: What) -> u8 {
    match what {
        What::Compile { paths, iterations } => bench_compile(&paths, iterations.max(1)),
    }
}

fn bench_compile(paths: &[PathBuf], iterations: u32) -> u8 {
    let sources = match load::load(paths) {
        Ok(sources) => sources,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::USAGE;
        }
    };
    let bytes: usize = sources.iter().map(|(_, f)| f.text.len()).sum();
    let lines: usize = sources.iter().map(|(_, f)| f.text.lines().count()).sum();
    let warm_up = checker_core::compile(&sources);
    if warm_up.has_errors() {
        eprintln!("error: the program has static errors; `plait compile` shows them");
        return exit::STATIC_ERROR;
    }
    let mut times: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            let compiled = checker_core::compile(&sources);
            let elapsed = start.elapsed();
            std::hint::black_box(compiled);
            elapsed
        })
        .collect();
    times.sort();
    let total: Duration = times.iter().sum();
    let mean = total / iterations;
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    let min = times.first().copied().unwrap_or_default();
    println!(
        "compile: {} files, {lines} lines, {bytes} bytes; {iterations} runs: min {:.3} ms, median {:.3} ms, mean {:.3} ms",
        sources.len(),
        ms(min),
        ms(median),
        ms(mean)
    );
    exit::OK
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
