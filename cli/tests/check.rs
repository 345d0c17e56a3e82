//! `plait check` and `plait replay` end to end: verdicts and exit codes, reports, traces, workers, shards.

mod common;

use common::plait;
use std::fs;
use std::path::PathBuf;

fn scratch(name: &str) -> PathBuf {
    common::scratch_in("check-tests", name)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A bank whose withdrawals are checked against the balance only sometimes: a bug random search finds.
const BANK: &str = r#"
event eWithdraw : (amount: int, from: Teller);
event eDone : int;
event eBalance : int;

machine Bank {
  var balance: int;
  start state Open {
    entry { balance = 10; }
    on eWithdraw do (req: (amount: int, from: Teller)) {
      if ($) {
        if (req.amount > balance) { send req.from, eDone, balance; return; }
      }
      balance = balance - req.amount;
      announce eBalance, balance;
      send req.from, eDone, balance;
    }
  }
}

machine Teller {
  start state Go {
    entry (bank: Bank) {
      send bank, eWithdraw, (amount = 7, from = this);
      send bank, eWithdraw, (amount = 7, from = this);
    }
    ignore eDone;
  }
}

spec NeverOverdrawn observes eBalance {
  start state Watch {
    on eBalance do (b: int) { assert b >= 0, format("the balance went negative: {0}", b); }
  }
}

machine Main {
  start state Init { entry { new Teller(new Bank()); } }
}

test tcBank [main=Main]: assert NeverOverdrawn in { Main, Teller, Bank };
test tcQuiet [main=Main]: { Main, Teller, Bank };
"#;

fn bank_dir(name: &str) -> PathBuf {
    let dir = scratch(name);
    fs::write(dir.join("Bank.p"), BANK).expect("write model");
    dir
}

#[test]
fn a_bug_exits_1_with_the_error_the_trace_and_how_to_reproduce_it() {
    let dir = bank_dir("bug_report");
    let out = plait(&["check", "Bank.p", "-t", "tcBank", "-s", "500"], &dir);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("tcBank: BUG FOUND"), "{err}");
    assert!(err.contains("Bank.p:") && err.contains("the balance went negative: -4"), "{err}");
    assert!(err.contains("sent event 'eWithdraw"), "the trace is shown: {err}");
    assert!(err.contains("reproduce: plait check Bank.p -t tcBank --seed 0 --schedules"), "{err}");
}

#[test]
fn a_passing_test_exits_0_with_a_summary() {
    let dir = bank_dir("pass");
    let out = plait(&["check", "Bank.p", "-t", "tcQuiet", "-s", "200"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("tcQuiet: no bug found") && err.contains("200 schedules"), "{err}");
}

#[test]
fn test_selection_follows_p() {
    let dir = bank_dir("selection");
    let out = plait(&["check", "Bank.p", "-s", "10"], &dir);
    assert_eq!(out.status.code(), Some(3), "two tests and no -t is a usage error");
    assert!(text(&out.stderr).contains("Possible options are:"), "{}", text(&out.stderr));
    let out = plait(&["check", "Bank.p", "-t", "tcNope"], &dir);
    assert_eq!(out.status.code(), Some(3));
    let out = plait(&["check", "Bank.p", "-t", "tc", "-s", "300", "--json"], &dir);
    assert_eq!(out.status.code(), Some(1), "a prefix runs every matching test");
    let lines: Vec<String> = text(&out.stdout).lines().map(String::from).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].contains("\"test\":\"tcBank\"") && lines[1].contains("\"test\":\"tcQuiet\""));
}

#[test]
fn p_spellings_of_the_flags_work() {
    let dir = bank_dir("p_flags");
    let out = plait(&["check", "Bank.p", "-tc", "tcBank", "-i", "500", "-ms", "200", "--sch-pct", "2", "--json"], &dir);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["test"], "tcBank");
    assert_eq!(v["strategy"], "pct(2)");
}

#[test]
fn json_reports_are_deterministic_apart_from_timing() {
    let dir = bank_dir("json");
    let run = || {
        let out = plait(&["check", "Bank.p", "-t", "tcBank", "-s", "500", "--seed", "9", "--json"], &dir);
        assert_eq!(out.status.code(), Some(1));
        let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
        v.as_object_mut().map(|o| o.remove("elapsed_ms"));
        v
    };
    let a = run();
    assert_eq!(a, run());
    assert_eq!(a["verdict"], "bug");
    assert_eq!(a["strategy"], "random");
    assert_eq!(a["seed"], 9);
    assert_eq!(a["bug"]["kind"], "assertion");
    assert!(a["bug"]["message"].as_str().is_some_and(|m| m.contains("negative")));
    assert!(a["bug"]["step"].as_u64().is_some_and(|s| s > 0));
}

#[test]
fn a_static_error_exits_2_and_reports_diagnostics_in_json() {
    let dir = scratch("static_json");
    fs::write(dir.join("Bad.p"), "machine Main { start state S { entry { var x: int; x = \"no\"; } } }").expect("write");
    let out = plait(&["check", "Bad.p", "--json"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["verdict"], "static_error");
    assert_eq!(v["diagnostics"][0]["file"], "Bad.p");
    assert_eq!(v["diagnostics"][0]["line"], 1);
}

#[test]
fn a_written_trace_replays_to_the_same_error() {
    let dir = bank_dir("replay");
    let out = plait(&["check", "Bank.p", "-t", "tcBank", "-s", "500", "--trace-out", "bug.json"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let first = fs::read_to_string(dir.join("bug.json")).expect("trace written");
    let again = plait(&["check", "Bank.p", "-t", "tcBank", "-s", "500", "--trace-out", "bug2.json"], &dir);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(first, fs::read_to_string(dir.join("bug2.json")).expect("trace"), "byte-identical traces");
    let replayed = plait(&["replay", "bug.json"], &dir);
    assert_eq!(replayed.status.code(), Some(1), "{}", text(&replayed.stderr));
    let out = text(&replayed.stdout);
    assert!(out.contains("the balance went negative: -4"), "{out}");
    assert!(out.contains("sent event 'eWithdraw"), "{out}");
}

#[test]
fn replay_says_where_a_changed_program_diverges() {
    let dir = bank_dir("diverge");
    let out = plait(&["check", "Bank.p", "-t", "tcBank", "-s", "500", "--trace-out", "bug.json"], &dir);
    assert_eq!(out.status.code(), Some(1));
    // The teller now withdraws once: the recorded schedule asks for steps that no longer exist.
    let changed = BANK.replacen("      send bank, eWithdraw, (amount = 7, from = this);\n", "", 1);
    fs::write(dir.join("Bank.p"), changed).expect("rewrite");
    let replayed = plait(&["replay", "bug.json"], &dir);
    assert_eq!(replayed.status.code(), Some(3));
    let err = text(&replayed.stderr);
    assert!(err.contains("the program changed"), "{err}");
    assert!(err.contains("no longer fits the program at choice"), "{err}");
}

#[test]
fn workers_and_shards_find_the_same_bug_as_one_worker() {
    let dir = bank_dir("workers");
    let bug_of = |args: &[&str]| -> (u64, String) {
        let mut all = vec!["check", "Bank.p", "-t", "tcBank", "-s", "400", "--seed", "3", "--json"];
        all.extend_from_slice(args);
        let out = plait(&all, &dir);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        (v["bug"]["schedule_index"].as_u64().unwrap_or(u64::MAX), v["bug"]["schedule"].as_str().unwrap_or("").to_string())
    };
    let one = bug_of(&[]);
    assert_ne!(one.0, u64::MAX, "the bug is found");
    assert_eq!(bug_of(&["--workers", "2"]), one);
    assert_eq!(bug_of(&["--workers", "3"]), one);
    // Shards split the executions; the one holding the buggy index reports exactly that bug.
    let shard = format!("{}/2", one.0 % 2 + 1);
    assert_eq!(bug_of(&["--shard", &shard]), one);
    let bad = plait(&["check", "Bank.p", "-t", "tcBank", "--shard", "3/2"], &dir);
    assert_eq!(bad.status.code(), Some(3));
}

#[test]
fn merged_shard_reports_give_the_unsharded_verdict() {
    let dir = bank_dir("merge");
    let run = |extra: &[&str], file: &str| {
        let mut args = vec!["check", "Bank.p", "-t", "tcBank", "-s", "400", "--seed", "5", "--json"];
        args.extend_from_slice(extra);
        let out = plait(&args, &dir);
        fs::write(dir.join(file), &out.stdout).expect("write report");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("JSON")
    };
    let whole = run(&[], "whole.json");
    for k in 1..=3 {
        run(&["--shard", &format!("{k}/3")], &format!("shard{k}.json"));
    }
    let out = plait(&["merge-reports", "shard1.json", "shard2.json", "shard3.json"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let merged: serde_json::Value = serde_json::from_slice(&out.stdout).expect("merged JSON");
    assert_eq!(merged["verdict"], "bug");
    assert_eq!(merged["bug"], whole["bug"]);
}

#[test]
fn a_junit_report_lists_each_test_with_its_failure() {
    let dir = bank_dir("junit");
    let out = plait(&["check", "Bank.p", "-t", "tc", "-s", "300", "--junit", "report.xml"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let xml = fs::read_to_string(dir.join("report.xml")).expect("report");
    assert!(xml.contains("tests=\"2\" failures=\"1\""), "{xml}");
    assert!(xml.contains("<testcase name=\"tcBank\"") && xml.contains("<failure type=\"assertion\""), "{xml}");
    assert!(xml.contains("<testcase name=\"tcQuiet\""), "{xml}");
}

#[test]
fn faults_are_checked_reported_in_the_trace_and_replayed() {
    let dir = scratch("faults");
    let model = r#"
event eRequest : Client;
event eReply;
machine Server { start state S { on eRequest do (c: Client) { send c, eReply; } } }
machine Client {
  start state Asking { entry (s: Server) { send s, eRequest, this; } on eReply goto Done; }
  state Done { }
}
spec Answered observes eRequest, eReply {
  start cold state Quiet { on eRequest goto Waiting; }
  hot state Waiting { on eReply goto Quiet; }
}
machine Main { start state S { entry { new Client(new Server()); } } }
test tcLossy [main=Main]: assert Answered in { Main, Client, Server };
"#;
    fs::write(dir.join("Lossy.p"), model).expect("write");
    let clean = plait(&["check", "Lossy.p", "-s", "500"], &dir);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stderr));
    let bad = plait(&["check", "Lossy.p", "--faults", "drop=x"], &dir);
    assert_eq!(bad.status.code(), Some(3));
    assert!(text(&bad.stderr).contains("--faults"), "{}", text(&bad.stderr));
    let unknown = plait(&["check", "Lossy.p", "--faults", "drop=1@Nobody"], &dir);
    assert_eq!(unknown.status.code(), Some(3));
    assert!(text(&unknown.stderr).contains("`Nobody`"), "{}", text(&unknown.stderr));
    let lossy = plait(&["check", "Lossy.p", "-s", "2000", "--faults", "drop=1@Server", "--trace-out", "t.json"], &dir);
    assert_eq!(lossy.status.code(), Some(1), "{}", text(&lossy.stderr));
    assert!(text(&lossy.stderr).contains("fault: event 'eRequest'"), "{}", text(&lossy.stderr));
    let trace = fs::read_to_string(dir.join("t.json")).expect("trace");
    assert!(trace.contains("\"faults\": \"drop=1@Server\""), "{trace}");
    assert!(trace.contains("\"kind\": \"fault\""), "{trace}");
    let replayed = plait(&["replay", "t.json"], &dir);
    assert_eq!(replayed.status.code(), Some(1), "{}", text(&replayed.stderr));
    assert!(text(&replayed.stdout).contains("was dropped"), "{}", text(&replayed.stdout));
    let exhaustive = plait(&["check", "Lossy.p", "--strategy", "exhaustive", "--faults", "drop=1@Server", "--json"], &dir);
    assert_eq!(exhaustive.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&exhaustive.stdout).expect("JSON");
    assert_eq!(v["bug"]["kind"], "liveness");
    assert!(v["states"].as_u64().is_some_and(|n| n > 0));
}

#[test]
fn a_share_link_replays_anywhere_without_the_files() {
    let dir = bank_dir("share");
    let out = plait(&["check", "Bank.p", "-t", "tcBank", "-s", "500", "--share"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let link = err.lines().find_map(|l| l.strip_prefix("share link: ")).expect("a share link is printed").to_string();
    assert!(link.starts_with("/#/t/"), "{link}");
    let elsewhere = scratch("share_elsewhere");
    let replayed = plait(&["replay", &format!("http://127.0.0.1:8080{link}")], &elsewhere);
    assert_eq!(replayed.status.code(), Some(1), "{}", text(&replayed.stderr));
    assert!(text(&replayed.stdout).contains("the balance went negative"), "{}", text(&replayed.stdout));
}
