//! The HTTP routes: `/health` and the web app's static files, with every other path answered by the app's
//! `index.html` so that client-side routes (and share links) load the app.

use std::path::Path;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// The whole application router, serving the web build in `web_dir`.
pub fn router(web_dir: &Path) -> Router {
    let index = web_dir.join("index.html");
    let files = ServeDir::new(web_dir).precompressed_gzip().fallback(ServeFile::new(index));
    Router::new()
        .route("/health", get(health))
        .fallback_service(files)
        // Files keep their names across builds, so browsers revalidate (a 304 when unchanged) rather than
        // risk an old wasm with new glue code.
        .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")))
        // The app never needs to be framed, and nothing it loads comes from elsewhere.
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(TraceLayer::new_for_http())
}

async fn health() -> impl IntoResponse {
    (StatusCode::OK, Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") })))
}
