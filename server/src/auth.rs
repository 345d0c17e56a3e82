//! Accounts and sessions: argon2id password hashes; a session is a random token in an HttpOnly, SameSite=Lax
//! cookie, stored only as its SHA-256; CSRF defence: every state-changing request of a signed-in user must
//! carry the session's CSRF token in `X-CSRF-Token` (a header other sites cannot set), and JSON bodies are
//! required, which a cross-site form cannot send.
//!
//! Sessions live in our own table rather than a session crate's store because the store must work through
//! the one `Any` pool on both SQLite and PostgreSQL.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::Serialize;
use sqlx::Row;

use crate::app::AppState;
use crate::error::{ApiError, ApiResult};
use crate::ids::{digest, now_ms, random_token};

pub const SESSION_COOKIE: &str = "plait_session";
pub const CSRF_HEADER: &str = "x-csrf-token";
const SESSION_MS: i64 = 14 * 24 * 3600 * 1000;

/// Argon2 takes ~19 MiB and tens of milliseconds per hash: at most this many run at once, so a flood of
/// sign-ins queues instead of exhausting memory and the blocking pool (which also serves static files).
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Hashes off the async runtime: argon2 is deliberately slow.
pub async fn hash_password(password: String) -> ApiResult<String> {
    let _permit = HASHING.acquire().await.map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "the server is shutting down"))?;
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| e.to_string())?;
        let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())
    .and_then(|r| r)
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "the server could not complete the request")
    })
}

pub async fn verify_password(password: String, hash: String) -> bool {
    let Ok(_permit) = HASHING.acquire().await else { return false };
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false)
}

#[derive(Clone, Debug, Serialize)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub is_instructor: bool,
}

/// The signed-in user of a request (from the session cookie); for methods other than GET/HEAD, the CSRF
/// header has been checked too.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub user: User,
    pub csrf_token: String,
    token_hash: String,
}

impl CurrentUser {
    pub async fn sign_out(&self, state: &AppState) -> ApiResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(&self.token_hash).execute(&state.db.pool).await?;
        Ok(())
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let token = jar.get(SESSION_COOKIE).map(|c| c.value().to_string()).ok_or_else(ApiError::unauthorized)?;
        let token_hash = digest(&token);
        let row = sqlx::query(
            "SELECT u.id, u.email, u.name, u.is_instructor, s.csrf_token, s.expires_at
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
        )
        .bind(&token_hash)
        .fetch_optional(&state.db.pool)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
        if row.try_get::<i64, _>("expires_at")? < now_ms() {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(&token_hash).execute(&state.db.pool).await?;
            return Err(ApiError::unauthorized());
        }
        let csrf_token: String = row.try_get("csrf_token")?;
        if !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
            if sent != csrf_token {
                return Err(ApiError::new(StatusCode::FORBIDDEN, "csrf", "missing or wrong X-CSRF-Token header"));
            }
        }
        let user = User {
            id: row.try_get("id")?,
            email: row.try_get("email")?,
            name: row.try_get("name")?,
            is_instructor: row.try_get::<i64, _>("is_instructor")? != 0,
        };
        Ok(CurrentUser { user, csrf_token, token_hash })
    }
}

/// Starts a session for `user_id`: the cookie to set and the CSRF token the client must send back.
pub async fn start_session(state: &AppState, user_id: &str) -> ApiResult<(Cookie<'static>, String)> {
    let token = random_token(32);
    let csrf_token = random_token(24);
    sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(digest(&token))
        .bind(user_id)
        .bind(&csrf_token)
        .bind(now_ms() + SESSION_MS)
        .execute(&state.db.pool)
        .await?;
    Ok((session_cookie(token, state.secure_cookies), csrf_token))
}

pub fn session_cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, value)).http_only(true).same_site(SameSite::Lax).path("/").secure(secure).build()
}
