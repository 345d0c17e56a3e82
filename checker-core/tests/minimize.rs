//! Counterexample minimization: shorter schedules that fail the same way.

use checker_core::explore::minimize::{minimize_found, same_bug};
use checker_core::explore::{replay, Check, CheckOptions, Outcome, Progress};
use checker_core::ir::lower::lower;
use checker_core::{compile, SourceSet};

/// Noise machines chatter while the bug needs only the counter machine to see three increments.
const NOISY: &str = r#"
event eTick;
event eNoise;
machine Noise {
  var n: int;
  start state S {
    entry { send this, eNoise; }
    on eNoise do { n = n + 1; if (n < 30) { send this, eNoise; } }
  }
}
machine Counter {
  var n: int;
  start state S {
    entry { send this, eTick; }
    on eTick do {
      n = n + 1;
      assert n < 3, "the counter reached three";
      send this, eTick;
    }
  }
}
machine Main {
  start state S { entry { new Noise(); new Noise(); new Counter(); new Noise(); } }
}
"#;

#[test]
fn a_noisy_counterexample_shrinks_and_still_fails_the_same_way() {
    let compiled = compile(&SourceSet::single("noisy.p", NOISY));
    let program = lower(&compiled.program.expect("compiles")).expect("lowers");
    let test = &program.tests[0];
    let options = CheckOptions { schedules: 50, seed: 4, ..CheckOptions::default() };
    let found = match Check::new(&program, test, options.clone()).step(u64::MAX) {
        Progress::Done(report) => report.found.expect("the counter always reaches three"),
        Progress::Running { .. } => panic!("unbounded step"),
    };
    let (shorter, report) = minimize_found(&program, test, &found, true, &options, 2_000);
    assert_eq!(report.original_length, found.choices.len());
    assert!(report.minimized_length < report.original_length, "{report:?}");
    // The bug needs Main's steps up to creating the counter, and the counter's own steps; no noise.
    assert!(report.minimized_length <= 12, "{report:?}");
    assert!(same_bug(&shorter.bug, &found.bug));
    let replayed = replay(&program, test, &shorter.choices, true, &options);
    assert_eq!(replayed.divergence, None);
    assert!(matches!(replayed.execution.outcome, Outcome::Bug(ref b) if b.message.contains("reached three")));
    assert!(!shorter.log.iter().any(|e| e.text.contains("dequeued event 'eNoise'")), "no noise is left in the trace");
}
