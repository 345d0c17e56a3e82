//! Every lab in `labs/` proves itself: its starter compiles with every test's files and does not get full
//! marks, its reference solution gets full marks, and every mutant loses points. Broken lab content is
//! refused with a message naming each problem.

use std::collections::BTreeMap;
use std::path::Path;

use plait_server::grading::{run_check, GradeRequest, Verdict};
use plait_server::labs::{load, load_all, Lab};

fn labs() -> Vec<Lab> {
    load_all(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../labs")).unwrap_or_else(|e| panic!("{e}"))
}

/// Points per test for these editable files.
fn grade(lab: &Lab, files: &BTreeMap<String, String>) -> Vec<(String, Verdict, u32, String)> {
    lab.tests
        .iter()
        .map(|test| {
            let outcome = run_check(&GradeRequest { files: lab.program(files, test), test: test.test.clone(), config: test.config(), time_limit_s: None });
            let points = if outcome.verdict == Verdict::Pass { test.points } else { 0 };
            (test.id.clone(), outcome.verdict, points, outcome.message)
        })
        .collect()
}

#[test]
fn there_is_at_least_one_lab_with_public_and_hidden_tests_and_three_mutants() {
    let labs = labs();
    assert!(!labs.is_empty());
    for lab in &labs {
        assert!(lab.tests.iter().any(|t| t.visibility == plait_server::labs::Visibility::Public), "{}", lab.id);
        assert!(lab.tests.iter().any(|t| t.visibility == plait_server::labs::Visibility::Hidden), "{}", lab.id);
        assert!(lab.mutants().len() >= 3, "{}: {} mutants", lab.id, lab.mutants().len());
    }
}

#[test]
fn the_starter_compiles_but_does_not_get_full_marks() {
    for lab in labs() {
        let results = grade(&lab, &BTreeMap::new());
        for (test, verdict, _, message) in &results {
            assert_ne!(*verdict, Verdict::StaticError, "{} {test}: the starter does not compile: {message}", lab.id);
        }
        let score: u32 = results.iter().map(|r| r.2).sum();
        assert!(score < lab.total_points(), "{}: the starter already gets {score}", lab.id);
    }
}

#[test]
fn the_solution_gets_full_marks() {
    for lab in labs() {
        let results = grade(&lab, &lab.solution());
        for (test, verdict, _, message) in &results {
            assert_eq!(*verdict, Verdict::Pass, "{} {test}: {message}", lab.id);
        }
    }
}

#[test]
fn every_mutant_loses_points() {
    for lab in labs() {
        for (name, files) in lab.mutants() {
            let results = grade(&lab, &files);
            let score: u32 = results.iter().map(|r| r.2).sum();
            assert!(score < lab.total_points(), "{} mutant {name} gets full marks", lab.id);
            for (test, verdict, _, message) in &results {
                assert_ne!(*verdict, Verdict::StaticError, "{} mutant {name} {test} does not compile: {message}", lab.id);
            }
        }
    }
}

#[test]
fn broken_lab_content_is_refused_with_every_problem_named() {
    let root = tempfile::tempdir().expect("temp dir");
    let lab = root.path().join("broken");
    for dir in ["starter", "tests", "solution"] {
        std::fs::create_dir_all(lab.join(dir)).expect("dir");
    }
    std::fs::write(lab.join("starter/A.p"), "machine Main { start state S { } }\n").expect("file");
    std::fs::write(lab.join("tests/T.p"), "test tcA [main=Main]: { Main };\n").expect("file");
    std::fs::write(
        lab.join("lab.toml"),
        r#"id = "broken"
title = "Broken"
version = 1
[submission]
editable = ["starter/A.p", "starter/Missing.p"]
[[parts]]
id = "a"
title = "A"
[[tests]]
id = "one"
part = "nope"
points = 1
visibility = "public"
files = ["tests/T.p"]
test = "tcA"
faults = "explode=3"
[[tests]]
id = "two"
part = "a"
points = 1
visibility = "public"
files = ["hidden/Secret.p"]
test = "tcB"
"#,
    )
    .expect("lab.toml");
    let errors = load(&lab).err().unwrap_or_default().join("\n");
    for expected in [
        "README.md (the handout) is missing",
        "editable file `starter/Missing.p` does not exist",
        "no reference solution `solution/A.p`",
        "test `one`: no part `nope`",
        "test `one`: faults:",
        "test `two`: file `hidden/Secret.p` does not exist",
        "a public test may only use files from tests/",
    ] {
        assert!(errors.contains(expected), "missing `{expected}` in:\n{errors}");
    }
    let all = load_all(root.path()).err().unwrap_or_default();
    assert!(all.starts_with("invalid lab content:"), "{all}");
}
