//! The HTTP application: its shared state and routes. `/health`, the JSON API under `/api`, its OpenAPI
//! document, and the web app's static files, with every other path answered by the app's `index.html` so
//! that client-side routes (and share links) load the app.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::db::Db;
use crate::error::ApiError;
use crate::labs::Lab;
use crate::routes::{auth, courses, grades, health, labs, share};

/// Request bodies above this are refused (413) unless a route allows more.
const BODY_LIMIT: usize = 256 * 1024;

/// The OpenAPI document of the JSON API, kept beside the code (a test checks every route is in it).
pub const OPENAPI: &str = include_str!("../openapi.json");

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub web_dir: PathBuf,
    /// Cookies marked Secure (behind HTTPS).
    pub secure_cookies: bool,
    /// An argon2 hash of nothing in particular, verified against when an email is unknown (same timing).
    pub dummy_hash: String,
    /// The installed labs by id.
    pub labs: Arc<BTreeMap<String, Lab>>,
}

impl AppState {
    pub async fn new(db: Db, web_dir: PathBuf, secure_cookies: bool, labs: Vec<Lab>) -> Result<AppState, String> {
        let dummy_hash = crate::auth::hash_password(crate::ids::random_token(16)).await.map_err(|e| e.message)?;
        let labs = Arc::new(labs.into_iter().map(|l| (l.id.clone(), l)).collect());
        Ok(AppState { db, web_dir, secure_cookies, dummy_hash, labs })
    }
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let index = state.web_dir.join("index.html");
    let files = ServeDir::new(&state.web_dir).precompressed_gzip().fallback(ServeFile::new(index));
    let api = Router::new()
        .route("/auth/signup", post(auth::signup))
        .route("/auth/login", post(auth::login))
        .route("/auth/logout", post(auth::logout))
        .route("/auth/me", get(auth::me))
        .route("/courses", get(courses::list).post(courses::create))
        .route("/courses/join", post(courses::join))
        .route("/courses/{id}", get(courses::show))
        .route("/courses/{id}/labs", get(labs::course_labs).post(labs::publish))
        .route("/courses/{id}/labs/{lab}/grades", get(grades::overview))
        .route("/courses/{id}/labs/{lab}/grades.csv", get(grades::csv))
        .route("/courses/{id}/labs/{lab}/results.json", get(grades::results_json))
        .route("/courses/{id}/labs/{lab}/regrade", post(grades::regrade))
        .route("/labs", get(labs::list_installed))
        .route("/labs/{id}", get(labs::show))
        .route("/labs/{id}/submissions", get(labs::my_submissions).post(labs::submit))
        .route("/submissions/{id}", get(labs::submission))
        .route("/share", post(share::create).layer(DefaultBodyLimit::max(share::MAX_SHARE_BYTES + 4096)))
        .route("/share/{id}", get(share::show))
        .route("/openapi.json", get(openapi))
        .fallback(|| async { ApiError::not_found("API route") });
    Router::new()
        .route("/health", get(health::health))
        .nest("/api", api)
        .fallback_service(
            Router::new()
                .fallback_service(files)
                // Build outputs keep their names, so browsers revalidate (a 304 when unchanged) rather than
                // risk an old wasm with new glue code.
                .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))),
        )
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // The app never needs to be framed.
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn openapi() -> impl IntoResponse {
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], OPENAPI)
}
