//! Exhaustive search on toy models whose state spaces are counted by hand.

use checker_core::explore::exhaustive::{Exhaustive, ExhaustiveOptions, ExhaustiveProgress, ExhaustiveReport, Order};
use checker_core::explore::{replay, CheckOptions, Outcome};
use checker_core::ir::lower::lower;
use checker_core::ir::Program;
use checker_core::runtime::bug::BugKind;
use checker_core::{compile, SourceSet};

fn build(src: &str) -> Program {
    let compiled = compile(&SourceSet::single("toy.p", src));
    let typed = compiled.program.unwrap_or_else(|| panic!("does not compile: {:?}", compiled.diagnostics));
    lower(&typed).unwrap_or_else(|e| panic!("{}", e.message))
}

fn search(program: &Program, order: Order) -> ExhaustiveReport {
    let options = ExhaustiveOptions { order, ..ExhaustiveOptions::default() };
    let mut search = Exhaustive::new(program, &program.tests[0], options);
    loop {
        if let ExhaustiveProgress::Done(report) = search.step(7) {
            return report;
        }
    }
}

fn both_orders(src: &str) -> (ExhaustiveReport, ExhaustiveReport) {
    let program = build(src);
    (search(&program, Order::DepthFirst), search(&program, Order::BreadthFirst))
}

#[test]
fn a_machine_sending_itself_one_event_has_four_states() {
    // S0 fresh; S1 after entry's send (a scheduling point, not yet enqueued); S2 after the event is
    // enqueued and dequeued; S3 after handling it, idle. One path, three transitions.
    let src = "event e;\nmachine Main { start state S { entry { send this, e; } on e do { } } }";
    for report in [both_orders(src).0, both_orders(src).1] {
        assert_eq!((report.states, report.transitions), (4, 3));
        assert_eq!(report.stopped_by, None, "explored everything");
        assert!(report.found.is_none());
    }
}

#[test]
fn every_choice_inside_a_step_branches() {
    // One step whose two `$` give four different values of x: the initial state plus four.
    let src = "machine Main { var x: int; start state S { entry { if ($) { x = 2; } if ($) { x = x + 1; } } } }";
    let (dfs, bfs) = both_orders(src);
    assert_eq!((dfs.states, dfs.transitions), (5, 4));
    assert_eq!((bfs.states, bfs.transitions), (5, 4));
    // choose(3) three ways, and two of them end in the same state: 1 + 2 states, 3 transitions.
    let src = "machine Main { var x: int; start state S { entry { x = choose(3); if (x == 2) { x = 1; } } } }";
    let (dfs, bfs) = both_orders(src);
    assert_eq!((dfs.states, dfs.transitions), (3, 3));
    assert_eq!((bfs.states, bfs.transitions), (3, 3));
}

#[test]
fn interleavings_that_meet_in_the_same_state_are_counted_once() {
    // Main creates A then B (two scheduling points); A and B each only enter their start state. Main's steps
    // m1 (enter and create A), m2 (create B), m3 (finish entry, go idle); A's step a (after m1), B's b
    // (after m2). States are the sets of steps taken in an order these constraints allow:
    // {}, {m1}, {m1,m2}, {m1,a}, {m1,m2,m3}, {m1,m2,a}, {m1,m2,b}, {m1,m2,m3,a}, {m1,m2,m3,b},
    // {m1,m2,a,b}, {m1,m2,m3,a,b}: 11 states. Transitions: one per (state, enabled machine):
    // 1 + 2 + 3 + 1 + 2 + 2 + 2 + 1 + 1 + 1 + 0 = 16.
    let src = "machine A { start state S { } }\nmachine B { start state S { } }\n\
               machine Main { start state S { entry { new A(); new B(); } } }";
    let (dfs, bfs) = both_orders(src);
    assert_eq!((dfs.states, dfs.transitions), (11, 16));
    assert_eq!((bfs.states, bfs.transitions), (11, 16));
}

#[test]
fn a_bug_on_one_path_is_found_and_its_path_replays() {
    let src = r#"
event eGo;
machine Worker { start state S { on eGo do { assert false, "worker got going"; } } }
machine Main {
  start state S {
    entry { var w: Worker; w = new Worker(); if ($) { send w, eGo; } }
  }
}
"#;
    let program = build(src);
    for order in [Order::DepthFirst, Order::BreadthFirst] {
        let report = search(&program, order);
        let found = report.found.expect("the assertion is reachable");
        assert_eq!(found.bug.kind, BugKind::Assertion);
        let replayed = replay(&program, &program.tests[0], &found.choices, false, &CheckOptions::default());
        assert_eq!(replayed.divergence, None);
        assert!(matches!(replayed.execution.outcome, Outcome::Bug(ref b) if b.message.contains("worker got going")));
    }
}

#[test]
fn breadth_first_search_finds_a_shortest_counterexample() {
    // The bug needs the counter to reach 3; each step adds 1 or 2, so the shortest path takes two steps.
    let src = r#"
event eTick;
machine Main {
  var n: int;
  start state S {
    entry { send this, eTick; }
    on eTick do {
      if ($) { n = n + 1; } else { n = n + 2; }
      assert n < 3, "reached three";
      send this, eTick;
    }
  }
}
"#;
    let program = build(src);
    let bfs = search(&program, Order::BreadthFirst).found.expect("bug");
    let dfs = search(&program, Order::DepthFirst).found.expect("bug");
    assert!(bfs.choices.len() <= dfs.choices.len());
    let ticks_handled = bfs.choices.iter().filter(|c| matches!(c, checker_core::explore::Choice::Bool(_))).count();
    assert_eq!(ticks_handled, 2, "1 + 2 or 2 + 1: two handled ticks");
}

#[test]
fn deadlocks_and_hot_monitors_at_the_end_are_found() {
    let deadlock = "event e;\nmachine Main { start state S { entry { receive { case e: { } } } } }";
    let report = search(&build(deadlock), Order::DepthFirst);
    assert_eq!(report.found.map(|f| f.bug.kind), Some(BugKind::Deadlock));
    let hot = "event eReq;\nmachine Main { start state S { entry { announce eReq; } } }\n\
               spec Reply observes eReq { start cold state Idle { on eReq goto Wait; } hot state Wait { ignore eReq; } }\n\
               test tcHot [main=Main]: assert Reply in { Main };";
    let report = search(&build(hot), Order::BreadthFirst);
    assert_eq!(report.found.map(|f| f.bug.kind), Some(BugKind::Liveness));
}

#[test]
fn bounds_are_reported_as_such() {
    let endless = "event e;\nmachine Main { var n: int; start state S { entry { send this, e; } on e do { n = n + 1; send this, e; } } }";
    let program = build(endless);
    let options = ExhaustiveOptions { order: Order::DepthFirst, max_depth: None, max_states: Some(50), ..ExhaustiveOptions::default() };
    let mut search = Exhaustive::new(&program, &program.tests[0], options);
    let report = loop {
        if let ExhaustiveProgress::Done(r) = search.step(1000) {
            break r;
        }
    };
    assert_eq!(report.stopped_by, Some("max-states"));
    assert_eq!(report.states, 50);
    let options = ExhaustiveOptions { order: Order::BreadthFirst, max_depth: Some(10), max_states: None, ..ExhaustiveOptions::default() };
    let mut search = Exhaustive::new(&program, &program.tests[0], options);
    let report = loop {
        if let ExhaustiveProgress::Done(r) = search.step(1000) {
            break r;
        }
    };
    assert_eq!(report.stopped_by, Some("max-depth"));
    assert_eq!(report.states, 11, "one state per depth 0..=10");
}

#[test]
fn a_fair_cycle_that_keeps_a_monitor_hot_is_a_liveness_lasso() {
    let src = r#"
event eReq;
spec Resp observes eReq {
  start cold state Quiet { on eReq goto Pending; }
  hot state Pending { ignore eReq; }
}
machine Main {
  start state S {
    entry { announce eReq; send this, eReq; }
    on eReq do { send this, eReq; }
  }
}
test tcForever [main=Main]: assert Resp in { Main };
"#;
    let program = build(src);
    let found = search(&program, Order::DepthFirst).found.expect("the endless loop never answers");
    assert_eq!(found.bug.kind, BugKind::Liveness);
    assert!(found.bug.message.contains("lasso"), "{}", found.bug.message);
    // The path replays up to the point where the cycle closes, with no divergence.
    let options = CheckOptions { max_steps: found.choices.len() as u64, max_fair_steps: found.choices.len() as u64, liveness_threshold: None, ..CheckOptions::default() };
    let replayed = replay(&program, &program.tests[0], &found.choices, false, &options);
    assert_eq!(replayed.divergence, None);
}

#[test]
fn a_cycle_that_starves_a_machine_is_not_a_liveness_bug() {
    // Main loops forever while the spec is hot; the worker, always enabled, would answer and cool it down.
    // The cycle of Main's steps alone is unfair to the worker, so it is no bug; once the worker has run,
    // the spec is cold for good.
    let src = r#"
event eReq;
event eResp;
event eTick;
event eWork;
spec Resp observes eReq, eResp {
  start cold state Quiet { on eReq goto Pending; ignore eResp; }
  hot state Pending { on eResp goto Quiet; ignore eReq; }
}
machine Worker { start state W { on eWork do { announce eResp; } } }
machine Main {
  var n: int;
  start state S {
    entry { var w: Worker; announce eReq; w = new Worker(); send w, eWork; send this, eTick; }
    on eTick do { n = (n + 1) % 3; send this, eTick; }
  }
}
test tcStarve [main=Main]: assert Resp in { Main, Worker };
"#;
    let program = build(src);
    let report = search(&program, Order::DepthFirst);
    assert!(report.found.is_none(), "{:?}", report.found.map(|f| f.bug.message));
    assert_eq!(report.stopped_by, None);
}
