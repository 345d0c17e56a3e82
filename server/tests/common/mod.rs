//! A test server: the real router over a fresh database (a temporary SQLite file, or a new database on the
//! PostgreSQL server of `DATABASE_URL`, default the local one), driven in-process with cookies kept.

#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use plait_server::app::{router, AppState};
use plait_server::db::Db;
use serde_json::Value;
use sqlx::Executor;
use tower::ServiceExt;

#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Sqlite,
    Postgres,
}

pub const BOTH: [Kind; 2] = [Kind::Sqlite, Kind::Postgres];

/// The PostgreSQL server tests use: `DATABASE_URL` if it names one, else the local server's `test` database.
pub fn postgres_admin_url() -> String {
    std::env::var("DATABASE_URL").ok().filter(|u| u.starts_with("postgres")).unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/test".into())
}

pub struct TestApp {
    /// The database's URL, for processes the test starts.
    pub url: String,
    pub router: Router,
    pub state: AppState,
    pub web: tempfile::TempDir,
    cleanup: Option<(String, String)>,
    _sqlite_dir: Option<tempfile::TempDir>,
}

impl TestApp {
    pub async fn new(kind: Kind) -> TestApp {
        let web = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(web.path().join("pkg")).expect("pkg dir");
        std::fs::write(web.path().join("index.html"), "<!doctype html><title>Plait</title>").expect("index");
        std::fs::write(web.path().join("pkg/app_bg.wasm"), b"\0asm\x01\0\0\0").expect("wasm");
        let (url, cleanup, sqlite_dir) = match kind {
            Kind::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                (format!("sqlite://{}/plait.db?mode=rwc", dir.path().display()), None, Some(dir))
            }
            Kind::Postgres => {
                let admin = postgres_admin_url();
                let name = format!("plait_test_{}", plait_server::ids::new_id().to_lowercase().replace(['-', '_'], "x"));
                sqlx::any::install_default_drivers();
                let pool = sqlx::AnyPool::connect(&admin).await.unwrap_or_else(|e| panic!("PostgreSQL at {admin}: {e}"));
                pool.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("create database");
                pool.close().await;
                let base = admin.rsplit_once('/').map_or(admin.clone(), |(b, _)| b.to_string());
                (format!("{base}/{name}"), Some((admin, name)), None)
            }
        };
        let db = Db::connect(&url).await.unwrap_or_else(|e| panic!("{e}"));
        let url = url.clone();
        let labs = plait_server::labs::load_all(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../labs")).unwrap_or_else(|e| panic!("{e}"));
        let state = AppState::new(db, web.path().to_path_buf(), false, labs).await.expect("state");
        TestApp { url, router: router(state.clone()), state, web, cleanup, _sqlite_dir: sqlite_dir }
    }

    /// Drops the PostgreSQL test database (call at the end of a test).
    pub async fn finish(mut self) {
        self.state.db.pool.close().await;
        if let Some((admin, name)) = self.cleanup.take() {
            if let Ok(pool) = sqlx::AnyPool::connect(&admin).await {
                let _ = pool.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str()).await;
                pool.close().await;
            }
        }
    }

    pub async fn send(&self, method: &str, path: &str, body: Option<Value>, client: &Client) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(cookie) = &client.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(csrf) = &client.csrf {
            request = request.header("x-csrf-token", csrf);
        }
        let request = match body {
            Some(b) => request.header("content-type", "application/json").body(Body::from(b.to_string())),
            None => request.body(Body::empty()),
        }
        .expect("request");
        let response = self.router.clone().oneshot(request).await.expect("response");
        let status = response.status();
        let headers = response.headers().clone();
        let set_cookie = headers.get("set-cookie").and_then(|v| v.to_str().ok()).map(str::to_string);
        let bytes = response.into_body().collect().await.expect("body").to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply { status, json, set_cookie, headers, text: String::from_utf8_lossy(&bytes).to_string() }
    }

    /// Signs up a new user; the client keeps its cookie and CSRF token.
    pub async fn sign_up(&self, email: &str) -> Client {
        let mut client = Client::default();
        let reply = self.send("POST", "/api/auth/signup", Some(serde_json::json!({"email": email, "name": email, "password": "correct horse"})), &client).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        client.take(&reply);
        client
    }

    /// An instructor account, as `plait-server create-instructor` makes one, signed in.
    pub async fn instructor(&self, email: &str) -> Client {
        plait_server::routes::auth::create_user(&self.state, email, "Instructor", "correct horse", true).await.expect("instructor");
        let mut client = Client::default();
        let reply = self.send("POST", "/api/auth/login", Some(serde_json::json!({"email": email, "password": "correct horse"})), &client).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        client.take(&reply);
        client
    }
}

#[derive(Clone, Debug, Default)]
pub struct Client {
    pub cookie: Option<String>,
    pub csrf: Option<String>,
}

impl Client {
    /// Keeps the session cookie and CSRF token a sign-in answered.
    pub fn take(&mut self, reply: &Reply) {
        if let Some(set) = &reply.set_cookie {
            self.cookie = set.split(';').next().map(str::to_string);
        }
        if let Some(csrf) = reply.json["csrf_token"].as_str() {
            self.csrf = Some(csrf.to_string());
        }
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub json: Value,
    pub set_cookie: Option<String>,
    pub headers: axum::http::HeaderMap,
    pub text: String,
}
