//! Submissions graded end to end, on SQLite and on PostgreSQL: stored, queued, graded by a worker running
//! each test in a child process; per-test results with feedback and trace links; who may see what; a job
//! whose worker died is graded exactly once; two workers never take the same job; hostile programs end
//! with a clear time or memory result.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use axum::http::StatusCode;
use common::{Client, Kind, TestApp};
use plait_server::grading::{run_isolated, GradeRequest, Limits, Verdict};
use plait_server::queue;
use plait_server::worker::{grade_next, WorkerConfig};
use serde_json::json;
use tokio::sync::watch;

macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite { $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)] async fn $name() { super::$name(super::Kind::Sqlite).await } )* }
        mod postgres { $( #[tokio::test(flavor = "multi_thread", worker_threads = 2)] async fn $name() { super::$name(super::Kind::Postgres).await } )* }
    };
}

on_both!(
    a_student_submits_the_starter_then_the_solution,
    students_see_only_their_own_submissions_and_never_hidden_content,
    a_job_whose_worker_died_is_graded_exactly_once,
    concurrent_workers_never_take_the_same_job,
    submissions_are_checked_before_they_are_stored,
    a_hostile_submission_gets_a_clear_result_and_the_server_keeps_serving,
    no_submissions_after_the_deadline,
    simultaneous_submissions_cannot_pass_the_hourly_limit,
    simultaneous_regrades_queue_each_submission_once,
);

const LAB: &str = "exactly-once";

fn worker(name: &str) -> WorkerConfig {
    WorkerConfig {
        name: name.into(),
        exe: PathBuf::from(env!("CARGO_BIN_EXE_plait-server")),
        memory_bytes: 4 << 30,
        lease: Duration::from_secs(600),
        idle: Duration::from_millis(10),
        time_cap: Duration::from_secs(600),
    }
}

fn lab_files(folder: &str) -> BTreeMap<String, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../labs").join(LAB).join(folder);
    ["Client.p", "Counter.p"].iter().map(|f| (f.to_string(), std::fs::read_to_string(root.join(f)).unwrap_or_default())).collect()
}

/// An instructor with a course that has the lab published, and a student in it.
async fn course_with_lab(app: &TestApp) -> (Client, Client, String) {
    let instructor = app.instructor("prof@example.org").await;
    let course = app.send("POST", "/api/courses", Some(json!({"title": "Distributed Systems"})), &instructor).await;
    let course_id = course.json["id"].as_str().unwrap_or_default().to_string();
    let published = app.send("POST", &format!("/api/courses/{course_id}/labs"), Some(json!({"lab_id": LAB, "max_per_hour": 5})), &instructor).await;
    assert_eq!(published.status, StatusCode::CREATED, "{}", published.text);
    let student = app.sign_up("student@example.org").await;
    let code = course.json["join_code"].as_str().unwrap_or_default();
    app.send("POST", "/api/courses/join", Some(json!({"code": code})), &student).await;
    (instructor, student, course_id)
}

async fn submit(app: &TestApp, student: &Client, course: &str, files: &BTreeMap<String, String>) -> String {
    let reply = app.send("POST", &format!("/api/labs/{LAB}/submissions"), Some(json!({"course_id": course, "files": files})), student).await;
    assert_eq!(reply.status, StatusCode::ACCEPTED, "{}", reply.text);
    reply.json["id"].as_str().unwrap_or_default().to_string()
}

async fn grade_all(app: &TestApp) {
    let (_, shutdown) = watch::channel(false);
    while grade_next(&app.state, &worker("w1"), &shutdown).await.expect("grading") {}
}

async fn a_student_submits_the_starter_then_the_solution(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (instructor, student, course) = course_with_lab(&app).await;
    let labs = app.send("GET", &format!("/api/courses/{course}/labs"), None, &student).await;
    assert_eq!(labs.json["labs"][0]["id"], LAB);
    let lab = app.send("GET", &format!("/api/labs/{LAB}"), None, &student).await;
    let starter: BTreeMap<String, String> = lab.json["starter"]
        .as_array()
        .map(|fs| fs.iter().map(|f| (f["name"].as_str().unwrap_or("").to_string(), f["text"].as_str().unwrap_or("").to_string())).collect())
        .unwrap_or_default();
    let first = submit(&app, &student, &course, &starter).await;
    let queued = app.send("GET", &format!("/api/submissions/{first}"), None, &student).await;
    assert_eq!(queued.json["status"], "queued", "stored before anything else happens");
    grade_all(&app).await;
    let graded = app.send("GET", &format!("/api/submissions/{first}"), None, &student).await;
    assert_eq!(graded.json["status"], "graded", "{}", graded.text);
    assert_eq!(graded.json["score"], 0);
    assert_eq!(graded.json["max_score"], 10);
    let results = graded.json["results"].as_array().cloned().unwrap_or_default();
    assert_eq!(results.len(), 3);
    let public = &results[0];
    assert_eq!(public["test_id"], "reliable-network");
    assert_eq!(public["verdict"], "bug");
    assert!(public["feedback"].as_str().unwrap_or("").contains("liveness"), "{public}");
    // The failure's link replays in the playground: the stored data is share-link data.
    let link = public["trace_link"].as_str().unwrap_or_default().to_string();
    assert!(link.starts_with("/t/"), "{public}");
    let stored = app.send("GET", &format!("/api/share/{}", &link[3..]), None, &Client::default()).await;
    let data = stored.json["data"].as_str().unwrap_or_default();
    let bundle = checker_core::share::ShareBundle::decode(data).expect("a share bundle");
    assert_eq!(bundle.test, "tcReliableNetwork");
    assert!(!bundle.schedule.is_empty(), "it carries the failing schedule");
    assert!(results[1]["trace_link"].is_null() && results[2]["trace_link"].is_null(), "hidden tests get no link: their files never leave");
    let second = submit(&app, &student, &course, &lab_files("solution")).await;
    grade_all(&app).await;
    let full = app.send("GET", &format!("/api/submissions/{second}"), None, &student).await;
    assert_eq!(full.json["score"], 10, "{}", full.text);
    // The history lists both, newest first; the instructor sees the student's submission too.
    let history = app.send("GET", &format!("/api/labs/{LAB}/submissions?course_id={course}"), None, &student).await;
    assert_eq!(history.json["submissions"].as_array().map(Vec::len), Some(2));
    assert_eq!(history.json["submissions"][0]["id"], second.as_str());
    let seen = app.send("GET", &format!("/api/submissions/{second}"), None, &instructor).await;
    assert_eq!(seen.json["score"], 10);
    // The instructor's dashboard and exports.
    let base = format!("/api/courses/{course}/labs/{LAB}");
    let grades = app.send("GET", &format!("{base}/grades"), None, &instructor).await;
    assert_eq!(grades.status, StatusCode::OK, "{}", grades.text);
    let row = &grades.json["students"][0];
    assert_eq!((row["email"].as_str(), row["submissions"].as_u64()), (Some("student@example.org"), Some(2)));
    assert_eq!((row["best"]["score"].as_i64(), row["latest"]["score"].as_i64()), (Some(10), Some(10)));
    assert_eq!(grades.json["tests"][0], json!({ "id": "reliable-network", "visibility": "public", "points": 4, "passed": 1, "of": 1 }));
    let csv = app.send("GET", &format!("{base}/grades.csv"), None, &instructor).await;
    assert_eq!(
        csv.text,
        "name,email,best_score,latest_score,max_score,submissions,best:reliable-network,best:duplicating-network,best:lossy-network\n\
         student@example.org,student@example.org,10,10,10,2,4,3,3\n"
    );
    let results = app.send("GET", &format!("{base}/results.json"), None, &instructor).await;
    assert_eq!(results.json["students"][0]["results"]["score"], 10);
    assert_eq!(results.json["students"][0]["results"]["tests"].as_array().map(Vec::len), Some(3));
    let forbidden = app.send("GET", &format!("{base}/grades"), None, &student).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN, "students cannot see the course's grades");
    let regrade = app.send("POST", &format!("{base}/regrade"), None, &instructor).await;
    assert_eq!(regrade.json["queued"], 2);
    grade_all(&app).await;
    let again = app.send("GET", &format!("{base}/grades"), None, &instructor).await;
    assert_eq!(again.json["students"][0]["best"]["score"], 10, "regraded to the same score");
    assert_eq!(again.json["students"][0]["submissions"], 2);
    app.finish().await;
}

async fn students_see_only_their_own_submissions_and_never_hidden_content(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (_, student, course) = course_with_lab(&app).await;
    let id = submit(&app, &student, &course, &lab_files("solution")).await;
    grade_all(&app).await;
    let other = app.sign_up("other@example.org").await;
    let stranger = app.send("GET", &format!("/api/courses/{course}"), None, &app.instructor("ta@example.org").await).await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND, "an instructor of another course sees nothing of this one");
    let denied = app.send("GET", &format!("/api/submissions/{id}"), None, &other).await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    let publish = app.send("POST", &format!("/api/courses/{course}/labs"), Some(json!({"lab_id": LAB})), &student).await;
    assert_eq!(publish.status, StatusCode::FORBIDDEN, "students cannot reach instructor endpoints");
    // Nothing a student can read contains hidden tests, solutions or mutants.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../labs").join(LAB);
    let secrets: Vec<String> = ["hidden/Faults.p", "solution/Counter.p", "solution/Client.p", "mutants/no-dedup/Counter.p"]
        .iter()
        .map(|p| std::fs::read_to_string(root.join(p)).unwrap_or_default())
        .collect();
    let mut seen = String::new();
    for path in [format!("/api/labs/{LAB}"), "/api/labs".into(), format!("/api/courses/{course}/labs"), format!("/api/labs/{LAB}/submissions?course_id={course}")] {
        seen.push_str(&app.send("GET", &path, None, &student).await.text);
    }
    let own = app.send("GET", &format!("/api/submissions/{id}"), None, &student).await;
    // Its own files are the solution here; the rest of the answer must not hold hidden tests.
    seen.push_str(&own.json["results"].to_string());
    assert!(!seen.contains("FiveIncrements"), "the hidden test's driver leaked");
    assert!(!seen.contains(secrets[0].as_str()), "the hidden test file leaked");
    let lab = app.send("GET", &format!("/api/labs/{LAB}"), None, &student).await.text;
    for secret in &secrets {
        let marker = secret.lines().find(|l| l.starts_with("//")).unwrap_or_default();
        assert!(!lab.contains(marker), "lab view holds `{marker}`");
    }
    app.finish().await;
}

async fn a_job_whose_worker_died_is_graded_exactly_once(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (_, student, course) = course_with_lab(&app).await;
    let id = submit(&app, &student, &course, &lab_files("solution")).await;
    // A worker takes the job with a short lease and dies before finishing it.
    let dead = queue::claim(&app.state.db, "dead-worker", 1).await.expect("claim").expect("a job");
    assert_eq!(dead.submission_id, id);
    tokio::time::sleep(Duration::from_millis(20)).await;
    grade_all(&app).await;
    let graded = app.send("GET", &format!("/api/submissions/{id}"), None, &student).await;
    assert_eq!(graded.json["status"], "graded");
    assert_eq!(graded.json["results"].as_array().map(Vec::len), Some(3), "one result per test, once");
    let jobs: Vec<(String, i64)> = sqlx::query_as("SELECT state, attempts FROM jobs").fetch_all(&app.state.db.pool).await.expect("jobs");
    assert_eq!(jobs, vec![("done".to_string(), 2)], "taken twice, completed once");
    // The dead worker, were it to come back, can no longer complete the job.
    let late = sqlx::query("UPDATE jobs SET state = 'done' WHERE id = $1 AND worker = $2 AND state = 'running'")
        .bind(&dead.job_id)
        .bind("dead-worker")
        .execute(&app.state.db.pool)
        .await
        .expect("update");
    assert_eq!(late.rows_affected(), 0);
    app.finish().await;
}

async fn concurrent_workers_never_take_the_same_job(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (instructor, student, course) = course_with_lab(&app).await;
    app.send("POST", &format!("/api/courses/{course}/labs"), Some(json!({"lab_id": LAB, "max_per_hour": 100})), &instructor).await;
    for _ in 0..30 {
        submit(&app, &student, &course, &BTreeMap::new()).await;
    }
    let claim_all = |name: &'static str| {
        let db = app.state.db.clone();
        tokio::spawn(async move {
            let mut taken = Vec::new();
            while let Some(claim) = queue::claim(&db, name, 600_000).await.expect("claim") {
                taken.push(claim.job_id);
            }
            taken
        })
    };
    let (a, b) = (claim_all("a"), claim_all("b"));
    let (a, b) = (a.await.expect("worker a"), b.await.expect("worker b"));
    let mut all: Vec<String> = a.iter().chain(b.iter()).cloned().collect();
    all.sort();
    let total = all.len();
    all.dedup();
    assert_eq!(all.len(), total, "a job was taken twice");
    assert_eq!(total, 30, "every job was taken");
    app.finish().await;
}

async fn submissions_are_checked_before_they_are_stored(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (_, student, course) = course_with_lab(&app).await;
    let path = format!("/api/labs/{LAB}/submissions");
    let wrong_file = app.send("POST", &path, Some(json!({"course_id": course, "files": {"Harness.p": "//"}})), &student).await;
    assert_eq!(wrong_file.json["error"]["code"], "not_editable");
    let too_big = app.send("POST", &path, Some(json!({"course_id": course, "files": {"Client.p": "x".repeat(150_000)}})), &student).await;
    assert_eq!(too_big.json["error"]["code"], "too_large");
    let outsider = app.sign_up("outsider@example.org").await;
    let not_member = app.send("POST", &path, Some(json!({"course_id": course, "files": {}})), &outsider).await;
    assert_eq!(not_member.status, StatusCode::NOT_FOUND);
    for _ in 0..5 {
        submit(&app, &student, &course, &BTreeMap::new()).await;
    }
    let limited = app.send("POST", &path, Some(json!({"course_id": course, "files": {}})), &student).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.json["error"]["code"], "rate_limited");
    let count: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM submissions").fetch_one(&app.state.db.pool).await.expect("count");
    assert_eq!(count.0, 5, "refused submissions are not stored");
    app.finish().await;
}

fn endless(schedules: u64) -> GradeRequest {
    let mut config = checker_core::trace::TraceConfig::from_options(&checker_core::explore::CheckOptions::default());
    config.schedules = schedules;
    GradeRequest {
        files: vec![checker_core::share::SharedFile {
            name: "Loop.p".into(),
            text: "event e;\nmachine Main { start state S { entry { send this, e; } on e do { send this, e; } } }\n".into(),
        }],
        test: "DefaultImpl".into(),
        config,
        time_limit_s: None,
    }
}

#[tokio::test]
async fn a_check_that_runs_too_long_is_stopped_with_a_clear_result() {
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_plait-server"));
    let outcome = run_isolated(&exe, &endless(u64::MAX / 2), Limits { time: Duration::from_secs(2), memory_bytes: 4 << 30 }).await.expect("grader");
    assert_eq!(outcome.verdict, Verdict::Timeout, "{outcome:?}");
    assert_eq!(outcome.message, "the check did not finish within 2 s");
    let quick = run_isolated(&exe, &endless(3), Limits { time: Duration::from_secs(30), memory_bytes: 4 << 30 }).await.expect("grader");
    assert_eq!(quick.verdict, Verdict::Pass, "{quick:?}");
}

#[tokio::test]
async fn a_check_over_its_memory_limit_fails_the_test_not_the_server() {
    if !std::path::Path::new("/usr/bin/prlimit").is_file() {
        panic!("prlimit (util-linux) is needed to limit the grader's memory");
    }
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_plait-server"));
    let outcome = run_isolated(&exe, &endless(3), Limits { time: Duration::from_secs(30), memory_bytes: 256 << 20 }).await.expect("grader");
    assert_eq!(outcome.verdict, Verdict::Error, "{outcome:?}");
}


async fn a_hostile_submission_gets_a_clear_result_and_the_server_keeps_serving(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (_, student, course) = course_with_lab(&app).await;
    let mut files = lab_files("solution");
    // A counter that never finishes handling an increment.
    files.insert(
        "Counter.p".into(),
        "machine Counter {\n  var n: int;\n  start state Serving {\n    on eIncrement do (request: (client: Client, id: int)) {\n      while (true) { n = n + 1; }\n    }\n  }\n}\n".into(),
    );
    let id = submit(&app, &student, &course, &files).await;
    // Each test is cut at 2 s (the lab allows 30).
    let (_, shutdown) = watch::channel(false);
    let capped = WorkerConfig { time_cap: Duration::from_secs(2), ..worker("w1") };
    while grade_next(&app.state, &capped, &shutdown).await.expect("grading") {}
    let graded = app.send("GET", &format!("/api/submissions/{id}"), None, &student).await;
    assert_eq!(graded.json["status"], "graded", "{}", graded.text);
    assert_eq!(graded.json["score"], 0);
    for result in graded.json["results"].as_array().cloned().unwrap_or_default() {
        assert_eq!(result["verdict"], "timeout", "{result}");
        assert_eq!(result["feedback"], "the check did not finish within 2 s");
    }
    let health = app.send("GET", "/health", None, &Client::default()).await;
    assert_eq!(health.status, StatusCode::OK, "the server keeps serving");
    app.finish().await;
}

async fn no_submissions_after_the_deadline(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (instructor, student, course) = course_with_lab(&app).await;
    let past = app.send("POST", &format!("/api/courses/{course}/labs"), Some(json!({"lab_id": LAB, "deadline": 1_000})), &instructor).await;
    assert_eq!(past.status, StatusCode::CREATED);
    let late = app.send("POST", &format!("/api/labs/{LAB}/submissions"), Some(json!({"course_id": course, "files": {}})), &student).await;
    assert_eq!(late.status, StatusCode::FORBIDDEN);
    assert_eq!(late.json["error"]["code"], "deadline_passed");
    app.finish().await;
}

async fn simultaneous_submissions_cannot_pass_the_hourly_limit(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (_, student, course) = course_with_lab(&app).await;
    let path = format!("/api/labs/{LAB}/submissions");
    let attempts: Vec<_> = (0..12)
        .map(|_| {
            let (router, student, course, path) = (app.router.clone(), student.clone(), course.clone(), path.clone());
            tokio::spawn(async move {
                use tower::ServiceExt;
                let request = axum::http::Request::post(path)
                    .header("content-type", "application/json")
                    .header("cookie", student.cookie.unwrap_or_default())
                    .header("x-csrf-token", student.csrf.unwrap_or_default())
                    .body(axum::body::Body::from(json!({"course_id": course, "files": {}}).to_string()))
                    .expect("request");
                router.oneshot(request).await.expect("response").status()
            })
        })
        .collect();
    let mut accepted = 0;
    for attempt in attempts {
        let status = attempt.await.expect("task");
        assert!(status == StatusCode::ACCEPTED || status == StatusCode::TOO_MANY_REQUESTS, "{status}");
        accepted += usize::from(status == StatusCode::ACCEPTED);
    }
    assert_eq!(accepted, 5, "exactly the hourly limit got through");
    let stored: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM submissions").fetch_one(&app.state.db.pool).await.expect("count");
    assert_eq!(stored.0, 5);
    app.finish().await;
}

async fn simultaneous_regrades_queue_each_submission_once(kind: Kind) {
    let app = TestApp::new(kind).await;
    let (instructor, student, course) = course_with_lab(&app).await;
    for _ in 0..3 {
        submit(&app, &student, &course, &lab_files("solution")).await;
    }
    grade_all(&app).await;
    let path = format!("/api/courses/{course}/labs/{LAB}/regrade");
    let (a, b) = tokio::join!(app.send("POST", &path, None, &instructor), app.send("POST", &path, None, &instructor));
    assert_eq!(a.json["queued"].as_u64().unwrap_or(0) + b.json["queued"].as_u64().unwrap_or(0), 3, "{} {}", a.text, b.text);
    let open: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM jobs WHERE state <> 'done'").fetch_one(&app.state.db.pool).await.expect("count");
    assert_eq!(open.0, 3);
    grade_all(&app).await;
    let scores: Vec<(Option<i64>,)> = sqlx::query_as("SELECT score FROM submissions").fetch_all(&app.state.db.pool).await.expect("scores");
    assert!(scores.iter().all(|s| s.0 == Some(10)), "{scores:?}");
    app.finish().await;
}
