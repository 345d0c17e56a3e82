//! Share links stored by the server: `POST /api/share` takes share-link data (as the playground puts in
//! `/#/t/<data>`), checks that it decodes, and answers a short content-addressed id; `GET /api/share/{id}`
//! gives the data back; the playground opens `/t/<id>`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use sqlx::Row;

use crate::app::AppState;
use crate::error::{ApiError, ApiResult};
use crate::ids::{digest, now_ms};
use crate::json::ApiJson;

/// The largest share data accepted (compressed, base64url); the body limit of the route allows for it.
pub const MAX_SHARE_BYTES: usize = 1024 * 1024;
/// Characters of the content digest used as the id (96 bits).
pub const ID_LENGTH: usize = 16;

#[derive(Deserialize)]
pub struct NewShare {
    pub data: String,
}

pub async fn create(State(state): State<AppState>, ApiJson(body): ApiJson<NewShare>) -> ApiResult<(StatusCode, Json<Value>)> {
    let data = body.data.trim();
    if data.len() > MAX_SHARE_BYTES {
        return Err(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", format!("share data is limited to {MAX_SHARE_BYTES} bytes")));
    }
    checker_core::share::ShareBundle::decode(data).map_err(|e| ApiError::bad_request("bad_share", format!("not share-link data: {e}")))?;
    let id = store(&state, data).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id, "path": format!("/t/{id}") }))))
}

pub async fn show(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let row = sqlx::query("SELECT data FROM shares WHERE id = $1").bind(&id).fetch_optional(&state.db.pool).await?;
    let row = row.ok_or_else(|| ApiError::not_found("share link"))?;
    Ok(Json(json!({ "id": id, "data": row.try_get::<String, _>("data")? })))
}

/// Stores share-link data under its content address (nothing happens if it is already stored); the id.
pub async fn store(state: &AppState, data: &str) -> Result<String, sqlx::Error> {
    let id: String = digest(data).chars().take(ID_LENGTH).collect();
    sqlx::query("INSERT INTO shares (id, data, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(&id)
        .bind(data)
        .bind(now_ms())
        .execute(&state.db.pool)
        .await?;
    Ok(id)
}
