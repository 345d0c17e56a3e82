//! The checker end to end on small models of our own: bugs found, determinism, replay, bounds, strategies.

use checker_core::explore::{replay, Check, CheckOptions, Found, Outcome, Progress, StrategyKind};
use checker_core::ir::lower::lower;
use checker_core::ir::Program;
use checker_core::runtime::bug::BugKind;
use checker_core::trace::Trace;
use checker_core::{compile, diagnostic::render_plain, SourceSet};

fn build(src: &str) -> (SourceSet, Program) {
    let sources = SourceSet::single("model.p", src);
    let compiled = compile(&sources);
    let rendered = render_plain(&compiled.diagnostics, &sources);
    let typed = compiled.program.unwrap_or_else(|| panic!("model does not compile:\n{rendered}"));
    let program = lower(&typed).unwrap_or_else(|e| panic!("lowering failed: {}", e.message));
    (sources, program)
}

fn check(program: &Program, test: &str, options: CheckOptions) -> (u64, Option<Found>) {
    let test = program.tests.iter().find(|t| &*t.name == test).unwrap_or_else(|| panic!("no test {test}"));
    let mut check = Check::new(program, test, options);
    match check.step(u64::MAX) {
        Progress::Done(report) => (report.schedules, report.found),
        Progress::Running { .. } => panic!("an unbounded step finished"),
    }
}

fn options(schedules: u64) -> CheckOptions {
    CheckOptions { schedules, ..CheckOptions::default() }
}

/// Two clients increment a shared counter with a read-then-write race; the spec notices lost updates.
const RACY_COUNTER: &str = r#"
event eRead : Client;
event eValue : int;
event eWrite : int;
event eAdd;
event eWrote : int;

machine Store {
  var value: int;
  start state Serving {
    on eRead do (c: Client) { send c, eValue, value; }
    on eWrite do (v: int) { value = v; announce eWrote, value; }
    on eAdd do { value = value + 1; announce eWrote, value; }
  }
}

machine Client {
  var store: Store;
  start state Init {
    entry (s: Store) { store = s; send store, eRead, this; }
    on eValue do (v: int) { send store, eWrite, v + 1; }
  }
}

spec NoLostUpdate observes eWrote {
  var writes: int;
  start state Watching {
    on eWrote do (value: int) {
      writes = writes + 1;
      assert writes < 2 || value == 2, format("an increment was lost: the value is {0} after {1} writes", value, writes);
    }
  }
}

machine Main {
  start state Init {
    entry {
      var s: Store;
      s = new Store();
      new Client(s);
      new Client(s);
    }
  }
}

test tcRace [main=Main]: assert NoLostUpdate in { Main, Client, Store };
"#;

#[test]
fn a_race_between_two_clients_is_found_by_random_and_pct() {
    let (_, program) = build(RACY_COUNTER);
    let (_, found) = check(&program, "tcRace", options(2000));
    let found = found.expect("random finds the lost update");
    assert_eq!(found.bug.kind, BugKind::Assertion);
    assert!(found.bug.message.contains("an increment was lost"), "{}", found.bug.message);
    let pct = CheckOptions { strategy: StrategyKind::Pct { depth: 3 }, ..options(2000) };
    let (_, found) = check(&program, "tcRace", pct);
    assert!(found.is_some(), "PCT finds it too");
}

#[test]
fn the_same_check_gives_the_same_bug_and_a_byte_identical_trace() {
    let (sources, program) = build(RACY_COUNTER);
    let opts = CheckOptions { seed: 17, ..options(5000) };
    let (_, a) = check(&program, "tcRace", opts.clone());
    let (_, b) = check(&program, "tcRace", opts.clone());
    let (a, b) = (a.expect("bug"), b.expect("bug"));
    assert_eq!(a.schedule_index, b.schedule_index);
    assert_eq!(a.choices, b.choices);
    let ta = Trace::new(&sources, vec!["model.p".into()], "tcRace", &opts, &a).to_json();
    let tb = Trace::new(&sources, vec!["model.p".into()], "tcRace", &opts, &b).to_json();
    assert_eq!(ta, tb);
    let (_, other_seed) = check(&program, "tcRace", CheckOptions { seed: 18, ..opts });
    assert!(other_seed.is_some());
}

#[test]
fn a_recorded_schedule_replays_to_the_same_error_at_the_same_step() {
    let (sources, program) = build(RACY_COUNTER);
    let opts = options(2000);
    let (_, found) = check(&program, "tcRace", opts.clone());
    let found = found.expect("bug");
    let trace = Trace::new(&sources, vec![], "tcRace", &opts, &found);
    let parsed = Trace::from_json(&trace.to_json()).expect("trace parses");
    let choices = parsed.choices().expect("schedule decodes");
    let test = &program.tests[0];
    let replayed = replay(&program, test, &choices, true, &opts);
    assert_eq!(replayed.divergence, None);
    assert_eq!(replayed.execution.steps, found.steps);
    match replayed.execution.outcome {
        Outcome::Bug(bug) => assert_eq!(bug, found.bug),
        other => panic!("replay ended with {other:?}"),
    }
    assert!(replayed.execution.log.iter().any(|e| e.text.contains("enters state 'Serving'")));
}

#[test]
fn a_trace_shows_every_machine_after_every_step() {
    let (sources, program) = build(RACY_COUNTER);
    let opts = options(2000);
    let (_, found) = check(&program, "tcRace", opts.clone());
    let found = found.expect("bug");
    let trace = Trace::new(&sources, vec![], "tcRace", &opts, &found);
    assert_eq!(trace.snapshots.len() as u64, found.steps + 1, "one snapshot before the first step and one after each");
    let last = trace.snapshots.last().expect("snapshots");
    let store = last.machines.iter().find(|m| m.machine.starts_with("Store(")).expect("the store");
    assert_eq!(store.state, "Serving");
    assert_eq!(store.vars, vec![("value".to_string(), "1".to_string())], "both clients wrote 1");
    assert_eq!(last.monitors[0].machine, "NoLostUpdate");
    assert_eq!(last.monitors[0].vars, vec![("writes".to_string(), "2".to_string())]);
    let first = &trace.snapshots[0];
    assert_eq!(first.machines.len(), 1, "only the main machine exists before the first step");
    assert!(trace.steps.windows(2).all(|w| w[0].step <= w[1].step), "steps are in order");
}

#[test]
fn a_schedule_that_no_longer_fits_reports_where_it_diverged() {
    let (_, program) = build(RACY_COUNTER);
    let opts = options(2000);
    let (_, found) = check(&program, "tcRace", opts.clone());
    let mut choices = found.expect("bug").choices;
    choices.truncate(3);
    choices.push(checker_core::explore::Choice::Schedule(99));
    let replayed = replay(&program, &program.tests[0], &choices, true, &opts);
    let (at, why) = replayed.divergence.expect("diverges");
    assert_eq!(at, 3);
    assert!(why.contains("machine 99"), "{why}");
}

#[test]
fn a_correct_model_passes_every_schedule() {
    // Incrementing inside the store (one atomic handler) loses nothing.
    let fixed = RACY_COUNTER.replace("entry (s: Store) { store = s; send store, eRead, this; }", "entry (s: Store) { store = s; send store, eAdd; }");
    assert_ne!(fixed, RACY_COUNTER);
    let (_, program) = build(&fixed);
    let (schedules, found) = check(&program, "tcRace", options(300));
    assert!(found.is_none(), "{:?}", found.map(|f| f.bug));
    assert_eq!(schedules, 300);
}

const PING_FOREVER: &str = r#"
event ePing;
machine Main {
  start state Loop {
    entry { send this, ePing; }
    on ePing goto Loop;
  }
}
"#;

#[test]
fn the_step_bound_ends_an_endless_execution_and_can_be_a_bug() {
    let (_, program) = build(PING_FOREVER);
    let bounded = CheckOptions { max_steps: 50, max_fair_steps: 50, ..options(3) };
    let (schedules, found) = check(&program, "DefaultImpl", bounded.clone());
    assert!(found.is_none());
    assert_eq!(schedules, 3);
    let failing = CheckOptions { fail_on_max_steps: true, ..bounded };
    let (_, found) = check(&program, "DefaultImpl", failing);
    let found = found.expect("hitting the bound is a bug");
    assert_eq!(found.bug.kind, BugKind::MaxSteps);
    assert!(found.bug.message.contains("50"), "{}", found.bug.message);
}

#[test]
fn an_infinite_loop_inside_a_handler_is_stopped_and_reported() {
    let (_, program) = build("machine Main { start state S { entry { while (true) { } } } }");
    let (_, found) = check(&program, "DefaultImpl", options(1));
    let found = found.expect("runaway handler is reported");
    assert_eq!(found.bug.kind, BugKind::RuntimeError);
    assert!(found.bug.message.contains("infinite loop"), "{}", found.bug.message);
}

#[test]
fn a_machine_blocked_in_receive_with_nothing_else_to_run_is_a_deadlock() {
    let src = r#"
event eNever;
machine Main {
  start state S {
    entry { receive { case eNever: { } } }
  }
}
"#;
    let (_, program) = build(src);
    let (_, found) = check(&program, "DefaultImpl", options(1));
    let found = found.expect("deadlock");
    assert_eq!(found.bug.kind, BugKind::Deadlock);
    assert!(found.bug.message.contains("Main(1) is waiting to receive"), "{}", found.bug.message);
}

#[test]
fn a_monitor_left_hot_at_the_end_is_a_liveness_bug() {
    let src = r#"
event eRequest;
event eReply;
machine Main {
  start state S { entry { announce eRequest; } }
}
spec Answered observes eRequest, eReply {
  start cold state Idle { on eRequest goto Waiting; }
  hot state Waiting { on eReply goto Idle; }
}
test tcNoReply [main=Main]: assert Answered in { Main };
"#;
    let (_, program) = build(src);
    let (_, found) = check(&program, "tcNoReply", options(1));
    let found = found.expect("liveness");
    assert_eq!(found.bug.kind, BugKind::Liveness);
    assert!(found.bug.message.contains("hot state 'Waiting'"), "{}", found.bug.message);
}

#[test]
fn a_monitor_that_keeps_cooling_down_is_not_a_liveness_bug_wherever_it_is_declared() {
    // Many short hot spells, each ended by a cold state: the temperature must reset every time, also for a
    // spec that is not the program's first machine (a regression: its reset once went to the wrong slot).
    let src = r#"
event eReq;
event eResp;
event ePing;
machine Other { start state D { } }
machine Main {
  var i: int;
  start state S {
    entry {
      while (i < 300) {
        announce eReq;
        send this, ePing;
        receive { case ePing: { announce eResp; } }
        i = i + 1;
      }
    }
  }
}
spec Answered observes eReq, eResp {
  start cold state Quiet { on eReq goto Pending; ignore eResp; }
  hot state Pending { on eResp goto Quiet; ignore eReq; }
}
test tcSpells [main=Main]: assert Answered in { Main };
"#;
    let (_, program) = build(src);
    let options = CheckOptions { liveness_threshold: Some(50), max_fair_steps: 100_000, ..options(3) };
    let (_, found) = check(&program, "tcSpells", options);
    assert!(found.is_none(), "{:?}", found.map(|f| f.bug));
}

#[test]
fn a_loop_whose_every_iteration_moves_a_whole_collection_is_stopped_by_its_work() {
    // Each insertion at the front moves every element: the step's budget counts that work, so the loop stops
    // after a bounded amount of it instead of running quadratic time up to the million-element bound.
    let (_, program) = build("machine Main { start state S { entry { var s: seq[int]; var i: int; while (true) { s += (0, i); i = i + 1; } } } }");
    let (_, found) = check(&program, "DefaultImpl", options(1));
    let found = found.expect("stopped");
    assert_eq!(found.bug.kind, BugKind::RuntimeError);
    assert!(found.bug.message.contains("without reaching a scheduling point"), "{}", found.bug.message);
}
