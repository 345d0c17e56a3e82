//! The server's routes against a real web-build folder on disk.

use std::fs;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use plait_server::app::router;
use tower::ServiceExt;

/// A fresh folder holding a tiny web build, removed when dropped.
fn web_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(dir.path().join("pkg")).expect("pkg dir");
    fs::write(dir.path().join("index.html"), "<!doctype html><title>Plait</title>").expect("index");
    fs::write(dir.path().join("pkg/app_bg.wasm"), b"\0asm\x01\0\0\0").expect("wasm");
    dir
}

async fn get(dir: &std::path::Path, path: &str) -> (StatusCode, String, Vec<u8>) {
    let response = router(dir).oneshot(Request::get(path).body(Body::empty()).expect("request")).await.expect("response");
    let status = response.status();
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    if status == StatusCode::OK && path != "/health" {
        // Build outputs keep their names, so a browser must revalidate them.
        assert_eq!(response.headers().get("cache-control").and_then(|v| v.to_str().ok()), Some("no-cache"), "{path}");
    }
    let body = response.into_body().collect().await.expect("body").to_bytes().to_vec();
    (status, content_type, body)
}

#[tokio::test]
async fn health_answers_ok_as_json() {
    let dir = web_dir();
    let (status, content_type, body) = get(dir.path(), "/health").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("application/json"), "{content_type}");
    let v: serde_json::Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(v["status"], "ok");
}

#[tokio::test]
async fn wasm_is_served_as_application_wasm_for_streaming_instantiation() {
    let dir = web_dir();
    let (status, content_type, body) = get(dir.path(), "/pkg/app_bg.wasm").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "application/wasm");
    assert_eq!(&body[..4], b"\0asm");
}

#[tokio::test]
async fn client_routes_get_the_app_page() {
    let dir = web_dir();
    for path in ["/", "/t/abc123", "/labs"] {
        let (status, content_type, body) = get(dir.path(), path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(content_type.starts_with("text/html"), "{path}: {content_type}");
        assert!(String::from_utf8_lossy(&body).contains("<title>Plait</title>"), "{path}");
    }
    fs::metadata(dir.path().join("index.html")).expect("still there");
}

#[tokio::test]
async fn paths_cannot_escape_the_web_folder() {
    let dir = web_dir();
    let (status, _, body) = get(dir.path(), "/../../../../etc/passwd").await;
    assert!(!String::from_utf8_lossy(&body).contains("root:"), "{status}");
}
