//! The server's static routes against a real web-build folder on disk, over a real database.

mod common;

use axum::http::StatusCode;
use common::{Client, Kind, TestApp};

#[tokio::test]
async fn health_answers_ok_with_the_database_kind() {
    let app = TestApp::new(Kind::Sqlite).await;
    let reply = app.send("GET", "/health", None, &Client::default()).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json["status"], "ok");
    assert_eq!(reply.json["database"], "sqlite");
    app.finish().await;
}

#[tokio::test]
async fn wasm_is_served_as_application_wasm_and_revalidated() {
    let app = TestApp::new(Kind::Sqlite).await;
    let reply = app.send("GET", "/pkg/app_bg.wasm", None, &Client::default()).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/wasm"));
    // Build outputs keep their names, so a browser must revalidate them.
    assert_eq!(reply.headers.get("cache-control").and_then(|v| v.to_str().ok()), Some("no-cache"));
    assert!(reply.text.starts_with("\0asm"));
    app.finish().await;
}

#[tokio::test]
async fn client_routes_get_the_app_page_but_unknown_api_routes_get_json_404() {
    let app = TestApp::new(Kind::Sqlite).await;
    for path in ["/", "/t/abc123", "/labs"] {
        let reply = app.send("GET", path, None, &Client::default()).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert!(reply.text.contains("<title>Plait</title>"), "{path}");
    }
    let reply = app.send("GET", "/api/nothing-here", None, &Client::default()).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.json["error"]["code"], "not_found");
    app.finish().await;
}

#[tokio::test]
async fn paths_cannot_escape_the_web_folder() {
    let app = TestApp::new(Kind::Sqlite).await;
    let reply = app.send("GET", "/../../../../etc/passwd", None, &Client::default()).await;
    assert!(!reply.text.contains("root:"), "{}", reply.status);
    app.finish().await;
}
