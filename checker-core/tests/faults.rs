//! The fault model: bugs that only a lost message or a crash and restart can cause are found exactly when
//! the matching fault is enabled, by random and exhaustive search, and the trace shows the fault.

use checker_core::explore::exhaustive::{Exhaustive, ExhaustiveOptions, ExhaustiveProgress, Order};
use checker_core::explore::{replay, Check, CheckOptions, Found, Outcome, Progress};
use checker_core::ir::lower::lower;
use checker_core::ir::Program;
use checker_core::runtime::bug::BugKind;
use checker_core::runtime::faults::FaultSpec;
use checker_core::{compile, diagnostic::render_plain, SourceSet};

fn build(src: &str) -> Program {
    let sources = SourceSet::single("model.p", src);
    let compiled = compile(&sources);
    let rendered = render_plain(&compiled.diagnostics, &sources);
    lower(&compiled.program.unwrap_or_else(|| panic!("{rendered}"))).expect("lowers")
}

fn random(program: &Program, faults: &str) -> Option<Found> {
    let options = CheckOptions { schedules: 3000, faults: FaultSpec::parse(faults).expect("spec"), ..CheckOptions::default() };
    match Check::new(program, &program.tests[0], options).step(u64::MAX) {
        Progress::Done(report) => report.found,
        Progress::Running { .. } => panic!("unbounded step"),
    }
}

fn exhaustive(program: &Program, faults: &str) -> (Option<Found>, Option<&'static str>) {
    let options = ExhaustiveOptions { order: Order::BreadthFirst, faults: FaultSpec::parse(faults).expect("spec"), ..ExhaustiveOptions::default() };
    let mut search = Exhaustive::new(program, &program.tests[0], options);
    loop {
        if let ExhaustiveProgress::Done(report) = search.step(10_000) {
            return (report.found, report.stopped_by);
        }
    }
}

/// A request and its reply; the spec is hot while a request is unanswered.
const REQUEST_REPLY: &str = r#"
event eRequest : Client;
event eReply;
machine Server {
  start state Serving { on eRequest do (c: Client) { send c, eReply; } }
}
machine Client {
  start state Asking {
    entry (s: Server) { send s, eRequest, this; }
    on eReply goto Done;
  }
  state Done { }
}
spec EveryRequestAnswered observes eRequest, eReply {
  start cold state Quiet { on eRequest goto Waiting; }
  hot state Waiting { on eReply goto Quiet; }
}
machine Main { start state S { entry { new Client(new Server()); } } }
test tcRequestReply [main=Main]: assert EveryRequestAnswered in { Main, Client, Server };
"#;

#[test]
fn a_lost_message_bug_needs_the_drop_fault() {
    let program = build(REQUEST_REPLY);
    assert!(random(&program, "").is_none(), "without faults every request is answered");
    assert!(random(&program, "crash=1@Main").is_none(), "other faults do not cause it");
    let found = random(&program, "drop=1").expect("a dropped message leaves the monitor hot");
    assert_eq!(found.bug.kind, BugKind::Liveness);
    assert!(found.log.iter().any(|e| e.text.starts_with("fault: event ") && e.text.contains("was dropped")), "the trace shows the fault");
    let (found, _) = exhaustive(&program, "drop=1");
    assert_eq!(found.map(|f| f.bug.kind), Some(BugKind::Liveness));
    let (found, stopped) = exhaustive(&program, "");
    assert!(found.is_none() && stopped.is_none(), "no bug anywhere without faults");
}

/// A store whose count is lost on a crash unless it is durable; the spec checks reads against writes.
const STORE: &str = r#"
event eAdd : Client;
event eAdded : int;
event eRead : Client;
event eValue : int;
machine Store {
  var count: int;
  start state Up {
    on eAdd do (c: Client) { count = count + 1; send c, eAdded, count; }
    on eRead do (c: Client) { send c, eValue, count; }
  }
}
machine Client {
  var store: Store;
  var acknowledged: int;
  start state Adding {
    entry (s: Store) { store = s; send store, eAdd, this; }
    on eAdded do (n: int) { acknowledged = n; send store, eRead, this; }
    on eValue do (n: int) { assert n >= acknowledged, format("read {0} after {1} was acknowledged", n, acknowledged); }
  }
}
machine Main { start state S { entry { new Client(new Store()); } } }
test tcStore [main=Main]: { Main, Client, Store };
"#;

#[test]
fn a_crash_restart_bug_needs_restart_and_durable_fields_prevent_it() {
    let program = build(STORE);
    assert!(random(&program, "").is_none());
    assert!(random(&program, "crash=1@Store").is_none(), "a crash alone loses messages but never a count");
    let found = random(&program, "crash=1@Store,restart").expect("a restart forgets the count");
    assert_eq!(found.bug.kind, BugKind::Assertion);
    assert!(found.bug.message.contains("read 0 after 1 was acknowledged"), "{}", found.bug.message);
    assert!(found.log.iter().any(|e| e.text.contains("crashed.")), "the trace shows the crash");
    assert!(found.log.iter().any(|e| e.text.contains("restarted")), "and the restart");
    let options = CheckOptions { faults: FaultSpec::parse("crash=1@Store,restart").expect("spec"), ..CheckOptions::default() };
    let replayed = replay(&program, &program.tests[0], &found.choices, true, &options);
    assert_eq!(replayed.divergence, None);
    assert!(matches!(replayed.execution.outcome, Outcome::Bug(ref b) if b.kind == BugKind::Assertion));
    let (found, _) = exhaustive(&program, "crash=1@Store,restart");
    assert_eq!(found.map(|f| f.bug.kind), Some(BugKind::Assertion));

    let durable = build(&STORE.replace("  var count: int;", "  durable var count: int;"));
    assert!(random(&durable, "crash=1@Store,restart").is_none(), "a durable count survives the restart");
    let (found, stopped) = exhaustive(&durable, "crash=1@Store,restart");
    assert!(found.is_none() && stopped.is_none(), "{:?}", found.map(|f| f.bug));
}

#[test]
fn duplicated_messages_and_reordering_are_injected_too() {
    // The client counts acknowledgements; a duplicated one makes two.
    let src = r#"
event ePing : Client;
event eAck;
machine Echo { start state S { on ePing do (c: Client) { send c, eAck; } } }
machine Client {
  var acks: int;
  start state S {
    entry (e: Echo) { send e, ePing, this; }
    on eAck do { acks = acks + 1; assert acks == 1, "acknowledged twice"; }
  }
}
machine Main { start state S { entry { new Client(new Echo()); } } }
"#;
    let program = build(src);
    assert!(random(&program, "drop=1").is_none());
    assert_eq!(random(&program, "dup=1@Client").map(|f| f.bug.kind), Some(BugKind::Assertion));
    // Two events sent in order are handled in order, unless the inbox may be reordered.
    let src = r#"
event eFirst;
event eSecond;
machine Sink {
  var seen: int;
  start state S {
    on eFirst do { assert seen == 0, "second came first"; seen = 1; }
    on eSecond do { seen = 2; }
  }
}
machine Main { start state S { entry { var k: Sink; k = new Sink(); send k, eFirst; send k, eSecond; } } }
"#;
    let program = build(src);
    assert!(random(&program, "").is_none());
    assert_eq!(random(&program, "reorder").map(|f| f.bug.kind), Some(BugKind::Assertion));
    assert_eq!(exhaustive(&program, "reorder").0.map(|f| f.bug.kind), Some(BugKind::Assertion));
}

#[test]
fn durable_is_for_machines_only() {
    let sources = SourceSet::single("m.p", "event e;\nspec S observes e { durable var x: int; start state A { ignore e; } }\nmachine Main { start state S { } }");
    let compiled = compile(&sources);
    assert!(compiled.diagnostics.iter().any(|d| d.code == "P3017"), "{}", render_plain(&compiled.diagnostics, &sources));
}
