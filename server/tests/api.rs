//! The JSON API end to end, each test on a fresh SQLite database and on a fresh PostgreSQL database.

mod common;

use axum::http::StatusCode;
use checker_core::share::{ShareBundle, SharedFile, SHARE_FORMAT};
use checker_core::trace::TraceConfig;
use common::{Client, Kind, TestApp};
use serde_json::json;

/// One test function, run against each database.
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite { $( #[tokio::test] async fn $name() { super::$name(super::Kind::Sqlite).await } )* }
        mod postgres { $( #[tokio::test] async fn $name() { super::$name(super::Kind::Postgres).await } )* }
    };
}

on_both!(
    sign_up_sign_in_and_sign_out,
    bad_accounts_are_refused_with_clear_codes,
    state_changes_need_the_csrf_token,
    instructors_create_courses_and_students_join_them,
    share_links_are_stored_content_addressed_and_bounded,
    every_documented_route_exists,
    malformed_requests_get_json_errors,
);

async fn sign_up_sign_in_and_sign_out(kind: Kind) {
    let app = TestApp::new(kind).await;
    let health = app.send("GET", "/health", None, &Client::default()).await;
    let expected = match kind {
        Kind::Sqlite => "sqlite",
        Kind::Postgres => "postgres",
    };
    assert_eq!(health.json["database"], expected, "the test runs on the database it names");
    let client = app.sign_up("ada@example.org").await;
    let cookie = client.cookie.clone().unwrap_or_default();
    assert!(cookie.starts_with("plait_session="), "{cookie}");
    let me = app.send("GET", "/api/auth/me", None, &client).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json["user"]["email"], "ada@example.org");
    assert_eq!(me.json["user"]["is_instructor"], false);
    // The cookie is HttpOnly and SameSite.
    let signed_up = app.send("POST", "/api/auth/login", Some(json!({"email": "ADA@example.org", "password": "correct horse"})), &Client::default()).await;
    assert_eq!(signed_up.status, StatusCode::OK, "emails compare case-insensitively: {}", signed_up.text);
    let set = signed_up.set_cookie.unwrap_or_default();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax"), "{set}");
    let wrong = app.send("POST", "/api/auth/login", Some(json!({"email": "ada@example.org", "password": "wrong horse"})), &Client::default()).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.json["error"]["code"], "bad_credentials");
    let unknown = app.send("POST", "/api/auth/login", Some(json!({"email": "nobody@example.org", "password": "wrong horse"})), &Client::default()).await;
    assert_eq!(unknown.json["error"]["code"], "bad_credentials", "unknown emails get the same answer");
    let out = app.send("POST", "/api/auth/logout", None, &client).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    let after = app.send("GET", "/api/auth/me", None, &client).await;
    assert_eq!(after.status, StatusCode::OK);
    assert_eq!(after.json["user"], serde_json::Value::Null, "the session ended on the server, not just in the browser");
    let protected = app.send("GET", "/api/courses", None, &client).await;
    assert_eq!(protected.status, StatusCode::UNAUTHORIZED);
    assert_eq!(protected.json["error"]["code"], "not_signed_in");
    app.finish().await;
}

async fn bad_accounts_are_refused_with_clear_codes(kind: Kind) {
    let app = TestApp::new(kind).await;
    let anonymous = Client::default();
    let cases = [
        (json!({"email": "not-an-email", "name": "A", "password": "long enough"}), "invalid_email"),
        (json!({"email": "a@b.org", "name": "", "password": "long enough"}), "invalid_name"),
        (json!({"email": "a@b.org", "name": "A", "password": "short"}), "weak_password"),
    ];
    for (body, code) in cases {
        let reply = app.send("POST", "/api/auth/signup", Some(body), &anonymous).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(reply.json["error"]["code"], code);
    }
    app.sign_up("grace@example.org").await;
    let again = app.send("POST", "/api/auth/signup", Some(json!({"email": "Grace@example.org", "name": "G", "password": "long enough"})), &anonymous).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.json["error"]["code"], "email_taken");
    app.finish().await;
}

async fn state_changes_need_the_csrf_token(kind: Kind) {
    let app = TestApp::new(kind).await;
    let instructor = app.instructor("prof@example.org").await;
    let no_token = Client { csrf: None, ..instructor.clone() };
    let refused = app.send("POST", "/api/courses", Some(json!({"title": "Distributed Systems"})), &no_token).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.json["error"]["code"], "csrf");
    let wrong_token = Client { csrf: Some("guess".into()), ..instructor.clone() };
    let refused = app.send("POST", "/api/auth/logout", None, &wrong_token).await;
    assert_eq!(refused.json["error"]["code"], "csrf");
    let created = app.send("POST", "/api/courses", Some(json!({"title": "Distributed Systems"})), &instructor).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    // Reading needs no token.
    let list = app.send("GET", "/api/courses", None, &no_token).await;
    assert_eq!(list.status, StatusCode::OK);
    app.finish().await;
}

async fn instructors_create_courses_and_students_join_them(kind: Kind) {
    let app = TestApp::new(kind).await;
    let instructor = app.instructor("prof@example.org").await;
    let student = app.sign_up("student@example.org").await;
    let outsider = app.sign_up("outsider@example.org").await;
    let refused = app.send("POST", "/api/courses", Some(json!({"title": "Mine"})), &student).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "students cannot create courses");
    let course = app.send("POST", "/api/courses", Some(json!({"title": "Distributed Systems"})), &instructor).await;
    let id = course.json["id"].as_str().unwrap_or_default().to_string();
    let code = course.json["join_code"].as_str().unwrap_or_default().to_string();
    assert_eq!(code.len(), 8);
    let bad = app.send("POST", "/api/courses/join", Some(json!({"code": "NOPE0000"})), &student).await;
    assert_eq!(bad.json["error"]["code"], "bad_join_code");
    let joined = app.send("POST", "/api/courses/join", Some(json!({"code": code.to_lowercase()})), &student).await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.text);
    assert_eq!(joined.json["role"], "student");
    let twice = app.send("POST", "/api/courses/join", Some(json!({"code": code})), &student).await;
    assert_eq!(twice.json["role"], "student", "joining twice changes nothing");
    let mine = app.send("GET", "/api/courses", None, &student).await;
    assert_eq!(mine.json["courses"], json!([{ "id": id, "title": "Distributed Systems", "role": "student" }]));
    let as_student = app.send("GET", &format!("/api/courses/{id}"), None, &student).await;
    assert_eq!(as_student.status, StatusCode::OK);
    assert!(as_student.json.get("join_code").is_none() && as_student.json.get("members").is_none(), "{}", as_student.text);
    let as_instructor = app.send("GET", &format!("/api/courses/{id}"), None, &instructor).await;
    assert_eq!(as_instructor.json["join_code"], code.as_str());
    assert_eq!(as_instructor.json["members"].as_array().map(Vec::len), Some(2));
    let as_outsider = app.send("GET", &format!("/api/courses/{id}"), None, &outsider).await;
    assert_eq!(as_outsider.status, StatusCode::NOT_FOUND, "non-members cannot tell the course exists");
    let anonymous = app.send("GET", "/api/courses", None, &Client::default()).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    app.finish().await;
}

fn bundle(text: &str) -> String {
    ShareBundle {
        format: SHARE_FORMAT,
        files: vec![SharedFile { name: "m.p".into(), text: text.into() }],
        test: "DefaultImpl".into(),
        config: TraceConfig::from_options(&checker_core::explore::CheckOptions::default()),
        schedule: String::new(),
    }
    .encode()
}

async fn share_links_are_stored_content_addressed_and_bounded(kind: Kind) {
    let app = TestApp::new(kind).await;
    let anyone = Client::default();
    let data = bundle("machine Main { start state S { } }");
    let stored = app.send("POST", "/api/share", Some(json!({ "data": data })), &anyone).await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.text);
    let id = stored.json["id"].as_str().unwrap_or_default().to_string();
    assert_eq!(id.len(), 16);
    assert_eq!(stored.json["path"], format!("/t/{id}"));
    let again = app.send("POST", "/api/share", Some(json!({ "data": data })), &anyone).await;
    assert_eq!(again.json["id"], id.as_str(), "the same data gets the same id");
    let other = app.send("POST", "/api/share", Some(json!({ "data": bundle("machine Main { start state T { } }") })), &anyone).await;
    assert_ne!(other.json["id"], id.as_str());
    let fetched = app.send("GET", &format!("/api/share/{id}"), None, &anyone).await;
    assert_eq!(fetched.json["data"], data.as_str());
    let missing = app.send("GET", "/api/share/doesnotexist0000", None, &anyone).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let garbage = app.send("POST", "/api/share", Some(json!({ "data": "not share data" })), &anyone).await;
    assert_eq!(garbage.status, StatusCode::BAD_REQUEST);
    assert_eq!(garbage.json["error"]["code"], "bad_share");
    let huge = app.send("POST", "/api/share", Some(json!({ "data": "A".repeat(2 * 1024 * 1024) })), &anyone).await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(huge.json["error"]["code"], "too_large", "{}", huge.text);
    app.finish().await;
}

async fn every_documented_route_exists(kind: Kind) {
    let app = TestApp::new(kind).await;
    let doc = app.send("GET", "/api/openapi.json", None, &Client::default()).await;
    assert_eq!(doc.status, StatusCode::OK);
    assert_eq!(doc.json["openapi"], "3.1.0");
    let paths = doc.json["paths"].as_object().cloned().unwrap_or_default();
    assert!(paths.len() >= 10, "{}", paths.len());
    for (path, methods) in paths {
        for method in methods.as_object().map(|m| m.keys().cloned().collect::<Vec<_>>()).unwrap_or_default() {
            let concrete = path.replace("{id}", "x").replace("{lab}", "x") + if path.ends_with("/submissions") { "?course_id=x" } else { "" };
            let reply = app.send(&method.to_uppercase(), &concrete, None, &Client::default()).await;
            let fallback = reply.status == StatusCode::NOT_FOUND && reply.json["error"]["message"] == "no such API route";
            assert!(!fallback && reply.status != StatusCode::METHOD_NOT_ALLOWED, "{method} {path}: {} {}", reply.status, reply.text);
        }
    }
    app.finish().await;
}

async fn malformed_requests_get_json_errors(kind: Kind) {
    let app = TestApp::new(kind).await;
    let reply = app.send("POST", "/api/auth/login", Some(json!({"email": 3})), &Client::default()).await;
    assert!(reply.status.is_client_error());
    assert_eq!(reply.json["error"]["code"], "bad_request", "{}", reply.text);
    app.finish().await;
}
