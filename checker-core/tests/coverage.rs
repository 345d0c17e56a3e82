//! Coverage counts what a check exercised and names what it never reached.

use checker_core::explore::{Check, CheckOptions, Progress};
use checker_core::ir::lower::lower;
use checker_core::{compile, SourceSet};

#[test]
fn coverage_names_the_state_and_handler_a_check_never_reached() {
    let src = r#"
event ePing;
event eReset;
machine Main {
  var n: int;
  start state Counting {
    entry { send this, ePing; }
    on ePing do { n = n + 1; if (n < 3) { send this, ePing; } }
    on eReset goto Broken;
  }
  state Broken { }
}
"#;
    let compiled = compile(&SourceSet::single("cov.p", src));
    let program = lower(&compiled.program.expect("compiles")).expect("lowers");
    let test = &program.tests[0];
    let options = CheckOptions { schedules: 5, coverage: true, ..CheckOptions::default() };
    let report = match Check::new(&program, test, options).step(u64::MAX) {
        Progress::Done(report) => report,
        Progress::Running { .. } => panic!("unbounded step"),
    };
    let summary = report.coverage.expect("collected").summary(&program, test);
    assert_eq!(summary.len(), 1, "only the machines of the test");
    let main = &summary[0];
    assert_eq!((main.states_entered, main.states_total), (1, 2));
    assert_eq!(main.unreached_states, vec!["Broken".to_string()]);
    assert_eq!((main.handlers_run, main.handlers_total), (1, 2));
    assert_eq!(main.unreached_handlers, vec!["Counting on eReset".to_string()]);
    assert_eq!(main.sent, vec![("ePing".to_string(), 15)], "three pings in each of five executions");
    assert_eq!(main.received, vec![("ePing".to_string(), 15)]);
}
