//! Real `plait-server worker` processes: one killed in the middle of a grading job (the job is graded exactly
//! once afterwards, by another worker), and one asked to stop (SIGTERM) in the middle of a job (it gives the
//! job back to the queue and exits), on SQLite and on PostgreSQL.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use common::{Client, Kind, TestApp};
use plait_server::worker::{grade_next, WorkerConfig};
use serde_json::json;
use tokio::sync::watch;

macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite { $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)] async fn $name() { super::$name(super::Kind::Sqlite).await } )* }
        mod postgres { $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)] async fn $name() { super::$name(super::Kind::Postgres).await } )* }
    };
}

on_both!(a_worker_killed_mid_job_leaves_it_to_be_graded_exactly_once, a_worker_asked_to_stop_gives_its_job_back);

const LAB: &str = "exactly-once";

fn labs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../labs")
}

/// A `plait-server worker` process with a 1-second lease.
fn worker_process(app: &TestApp) -> Child {
    Command::new(env!("CARGO_BIN_EXE_plait-server"))
        .args(["--database-url", &app.url, "--labs-dir"])
        .arg(labs_dir())
        .args(["--workers", "1", "--grader-lease-s", "1", "--grader-time-cap-s", "20", "worker"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("worker process")
}

/// A course with the lab, and a submission whose counter never finishes a handler (each test runs to its
/// time limit, so the worker is surely in the middle of the job for a while).
async fn endless_submission(app: &TestApp) -> (Client, String) {
    let instructor = app.instructor("prof@example.org").await;
    let course = app.send("POST", "/api/courses", Some(json!({"title": "DS"})), &instructor).await;
    let course_id = course.json["id"].as_str().unwrap_or_default().to_string();
    app.send("POST", &format!("/api/courses/{course_id}/labs"), Some(json!({"lab_id": LAB})), &instructor).await;
    let student = app.sign_up("student@example.org").await;
    app.send("POST", "/api/courses/join", Some(json!({"code": course.json["join_code"]})), &student).await;
    let mut files = BTreeMap::new();
    files.insert(
        "Counter.p".to_string(),
        "machine Counter {\n  var n: int;\n  start state Serving {\n    on eIncrement do (request: (client: Client, id: int)) {\n      while (true) { n = n + 1; }\n    }\n  }\n}\n".to_string(),
    );
    let reply = app.send("POST", &format!("/api/labs/{LAB}/submissions"), Some(json!({"course_id": course_id, "files": files})), &student).await;
    assert_eq!(reply.status, StatusCode::ACCEPTED, "{}", reply.text);
    (student, reply.json["id"].as_str().unwrap_or_default().to_string())
}

async fn status(app: &TestApp, id: &str) -> String {
    let row: (String,) = sqlx::query_as("SELECT status FROM submissions WHERE id = $1").bind(id).fetch_one(&app.state.db.pool).await.expect("status");
    row.0
}

async fn wait_for_status(app: &TestApp, id: &str, wanted: &str) {
    let start = Instant::now();
    while status(app, id).await != wanted {
        assert!(start.elapsed() < Duration::from_secs(30), "the submission never reached `{wanted}`");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn a_worker_killed_mid_job_leaves_it_to_be_graded_exactly_once(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (student, id) = endless_submission(&app).await;
    let mut worker = worker_process(&app);
    wait_for_status(&app, &id, "grading").await;
    worker.kill().expect("kill -9");
    worker.wait().expect("reaped");
    tokio::time::sleep(Duration::from_millis(1200)).await; // its lease passes
    let (_, shutdown) = watch::channel(false);
    let config = WorkerConfig {
        name: "survivor".into(),
        exe: PathBuf::from(env!("CARGO_BIN_EXE_plait-server")),
        memory_bytes: 4 << 30,
        lease: Duration::from_secs(600),
        idle: Duration::from_millis(10),
        time_cap: Duration::from_secs(1),
    };
    while grade_next(&app.state, &config, &shutdown).await.expect("grading") {}
    let graded = app.send("GET", &format!("/api/submissions/{id}"), None, &student).await;
    assert_eq!(graded.json["status"], "graded", "{}", graded.text);
    assert_eq!(graded.json["results"].as_array().map(Vec::len), Some(3), "each test graded once");
    let jobs: Vec<(String, i64, Option<String>)> = sqlx::query_as("SELECT state, attempts, worker FROM jobs").fetch_all(&app.state.db.pool).await.expect("jobs");
    assert_eq!(jobs, vec![("done".to_string(), 2, Some("survivor".to_string()))]);
    app.finish().await;
}

async fn a_worker_asked_to_stop_gives_its_job_back(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (_, id) = endless_submission(&app).await;
    let mut worker = worker_process(&app);
    wait_for_status(&app, &id, "grading").await;
    let asked = Instant::now();
    Command::new("kill").args(["-TERM", &worker.id().to_string()]).status().expect("kill -TERM");
    let exit = worker.wait().expect("worker exit");
    assert!(exit.success(), "{exit}");
    assert!(asked.elapsed() < Duration::from_secs(10), "it stopped without finishing the 20-second tests");
    assert_eq!(status(&app, &id).await, "queued");
    let jobs: Vec<(String, Option<String>)> = sqlx::query_as("SELECT state, worker FROM jobs").fetch_all(&app.state.db.pool).await.expect("jobs");
    assert_eq!(jobs, vec![("queued".to_string(), None)], "given back to the queue");
    app.finish().await;
}
