//! `GET /health`: the server and its database answer.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::json;

use crate::app::AppState;
use crate::db::Backend;

pub async fn health(State(state): State<AppState>) -> impl IntoResponse {
    let database = match state.db.backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    match sqlx::query("SELECT 1").execute(&state.db.pool).await {
        Ok(_) => (StatusCode::OK, Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION"), "database": database }))),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "unavailable", "database": database })))
        }
    }
}
