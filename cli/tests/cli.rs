//! End-to-end tests of the `plait` binary: inputs (files, folders, projects), exit codes and output.

mod common;

use common::plait;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

fn scratch(name: &str) -> PathBuf {
    common::scratch_in("cli-tests", name)
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().expect("has parent")).expect("folders");
    fs::write(path, text).expect("write file");
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const EVENTS: &str = "event eHello : int;\n";
const MAIN: &str = "machine Main {\n  start state Init {\n    entry { send this, eHello, 1; }\n    on eHello do (n: int) { assert n == 1; }\n  }\n}\n";
const TESTS: &str = "test tcOne [main=Main]: { Main };\ntest tcTwo [main=Main]: { Main };\n";

#[test]
fn a_clean_file_compiles_with_exit_0() {
    let dir = scratch("clean_file");
    write(&dir, "Main.p", &format!("{EVENTS}{MAIN}"));
    let out = plait(&["compile", "Main.p"], &dir);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
}

#[test]
fn a_folder_compiles_every_p_file_below_it_together() {
    let dir = scratch("folder");
    write(&dir, "model/src/Events.p", EVENTS);
    write(&dir, "model/src/nested/Main.p", MAIN);
    write(&dir, "model/tests/Tests.p", TESTS);
    write(&dir, "model/notes.txt", "not P");
    write(&dir, "model/src/._Events.p", "\u{0}\u{5}binary resource fork");
    write(&dir, "model/.hidden/Broken.p", "this is not P");
    let out = plait(&["check", "--list-tests", "model"], &dir);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "tcOne\ntcTwo\n");
}

#[test]
fn a_project_file_reads_its_folders_and_included_projects() {
    let dir = scratch("project");
    write(&dir, "lib/Events.p", EVENTS);
    write(&dir, "lib/Lib.pproj", "<Project><ProjectName>Lib</ProjectName><InputFiles><PFile>./Events.p</PFile></InputFiles></Project>");
    write(&dir, "app/PSrc/Main.p", MAIN);
    write(&dir, "app/PTst/Tests.p", TESTS);
    write(
        &dir,
        "app/App.pproj",
        "<!-- app -->\n<Project>\n<ProjectName>App</ProjectName>\n<InputFiles>\n  <PFile>./PSrc/</PFile>\n  <PFile>./PTst/</PFile>\n  <PFile>./PForeign/</PFile>\n</InputFiles>\n<OutputDir>./PGenerated/</OutputDir>\n<IncludeProject>../lib/Lib.pproj</IncludeProject>\n</Project>\n",
    );
    let out = plait(&["check", "--list-tests", "app/App.pproj"], &dir);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "tcOne\ntcTwo\n");
}

#[test]
fn a_project_that_includes_itself_is_a_usage_error() {
    let dir = scratch("project_cycle");
    write(&dir, "A.pproj", "<Project><IncludeProject>B.pproj</IncludeProject></Project>");
    write(&dir, "B.pproj", "<Project><IncludeProject>A.pproj</IncludeProject></Project>");
    let out = plait(&["compile", "A.pproj"], &dir);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("includes itself"), "stderr: {}", stderr(&out));
}

#[test]
fn a_malformed_project_file_is_a_usage_error_naming_it() {
    let dir = scratch("project_bad_xml");
    write(&dir, "Bad.pproj", "<Project><InputFiles></Project>");
    let out = plait(&["compile", "Bad.pproj"], &dir);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("invalid project file `Bad.pproj`"), "stderr: {}", stderr(&out));
}

#[test]
fn a_static_error_exits_2_with_a_rendered_diagnostic() {
    let dir = scratch("static_error");
    write(&dir, "Bad.p", "machine Main {\n  start state Init {\n    entry { var x: int; x = true; }\n  }\n}\n");
    let out = plait(&["compile", "Bad.p"], &dir);
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("Bad.p:3:"), "the diagnostic points into the file: {err}");
    assert!(err.contains("could not compile: "), "{err}");
}

#[test]
fn missing_paths_and_unknown_commands_are_usage_errors() {
    let dir = scratch("usage");
    assert_eq!(plait(&["compile", "nothere.p"], &dir).status.code(), Some(3));
    assert_eq!(plait(&["compile"], &dir).status.code(), Some(3));
    assert_eq!(plait(&["frobnicate"], &dir).status.code(), Some(3));
    write(&dir, "notes.txt", "x");
    assert_eq!(plait(&["compile", "notes.txt"], &dir).status.code(), Some(3));
    let empty = scratch("usage_empty_folder");
    let out = plait(&["compile", "."], &empty);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("no `.p` files"));
}

#[test]
fn help_exits_0() {
    let dir = scratch("help");
    let out = plait(&["--help"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("compile"));
}

#[test]
fn the_shipped_example_lists_its_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = plait(&["check", "--list-tests", "examples/pingpong"], &root);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "tcPingPong\n");
}
