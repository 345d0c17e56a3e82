//! Sign-up, sign-in, sign-out and who am I.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;
use serde_json::{json, Value};
use sqlx::Row;

use crate::app::AppState;
use crate::auth::{hash_password, session_cookie, start_session, verify_password, CurrentUser, User};
use crate::error::{ApiError, ApiResult};
use crate::ids::{new_id, now_ms};
use crate::json::ApiJson;

#[derive(Deserialize)]
pub struct SignUp {
    pub email: String,
    pub name: String,
    pub password: String,
}

#[derive(Deserialize)]
pub struct LogIn {
    pub email: String,
    pub password: String,
}

/// Checks a new account's fields; the email is compared lower-cased.
pub fn validate_account(email: &str, name: &str, password: &str) -> ApiResult<String> {
    let email = email.trim().to_lowercase();
    if email.len() > 254 || !email.contains('@') || email.starts_with('@') || email.ends_with('@') {
        return Err(ApiError::bad_request("invalid_email", "give a valid email address"));
    }
    if name.trim().is_empty() || name.chars().count() > 100 {
        return Err(ApiError::bad_request("invalid_name", "give a name of 1 to 100 characters"));
    }
    if password.chars().count() < 8 || password.len() > 1024 {
        return Err(ApiError::bad_request("weak_password", "a password needs at least 8 characters"));
    }
    Ok(email)
}

/// Creates an account (used by sign-up and by `plait-server create-instructor`).
pub async fn create_user(state: &AppState, email: &str, name: &str, password: &str, is_instructor: bool) -> ApiResult<User> {
    let email = validate_account(email, name, password)?;
    let taken = sqlx::query("SELECT id FROM users WHERE email = $1").bind(&email).fetch_optional(&state.db.pool).await?;
    if taken.is_some() {
        return Err(ApiError::new(StatusCode::CONFLICT, "email_taken", "an account with this email exists; sign in instead"));
    }
    let id = new_id();
    let hash = hash_password(password.to_string()).await?;
    let inserted = sqlx::query("INSERT INTO users (id, email, name, password_hash, is_instructor, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(&email)
        .bind(name.trim())
        .bind(&hash)
        .bind(i64::from(is_instructor))
        .bind(now_ms())
        .execute(&state.db.pool)
        .await;
    match inserted {
        Ok(_) => Ok(User { id, email, name: name.trim().to_string(), is_instructor }),
        // Two sign-ups with one email at once: the database's unique index decides.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(ApiError::new(StatusCode::CONFLICT, "email_taken", "an account with this email exists; sign in instead"))
        }
        Err(e) => Err(e.into()),
    }
}

fn signed_in(user: &User, csrf_token: &str) -> Value {
    json!({ "user": user, "csrf_token": csrf_token })
}

pub async fn signup(State(state): State<AppState>, jar: CookieJar, ApiJson(body): ApiJson<SignUp>) -> ApiResult<(StatusCode, CookieJar, Json<Value>)> {
    let user = create_user(&state, &body.email, &body.name, &body.password, false).await?;
    let (cookie, csrf) = start_session(&state, &user.id).await?;
    Ok((StatusCode::CREATED, jar.add(cookie), Json(signed_in(&user, &csrf))))
}

pub async fn login(State(state): State<AppState>, jar: CookieJar, ApiJson(body): ApiJson<LogIn>) -> ApiResult<(CookieJar, Json<Value>)> {
    let email = body.email.trim().to_lowercase();
    let row = sqlx::query("SELECT id, email, name, password_hash, is_instructor FROM users WHERE email = $1")
        .bind(&email)
        .fetch_optional(&state.db.pool)
        .await?;
    // Verify against a real-looking hash even for unknown emails, so timing does not tell which exist.
    let (stored, found) = match &row {
        Some(r) => (r.try_get::<String, _>("password_hash")?, true),
        None => (state.dummy_hash.clone(), false),
    };
    let matches = verify_password(body.password.clone(), stored).await;
    let (Some(row), true, true) = (row, found, matches) else {
        return Err(ApiError::new(StatusCode::UNAUTHORIZED, "bad_credentials", "wrong email or password"));
    };
    let user = User {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        is_instructor: row.try_get::<i64, _>("is_instructor")? != 0,
    };
    let (cookie, csrf) = start_session(&state, &user.id).await?;
    Ok((jar.add(cookie), Json(signed_in(&user, &csrf))))
}

pub async fn logout(State(state): State<AppState>, current: CurrentUser, jar: CookieJar) -> ApiResult<(CookieJar, StatusCode)> {
    current.sign_out(&state).await?;
    let expired = session_cookie(String::new(), state.secure_cookies);
    Ok((jar.remove(expired), StatusCode::NO_CONTENT))
}

/// Who is signed in: `{user, csrf_token}`, or `{user: null}` for nobody (asking is not an error).
pub async fn me(current: Result<CurrentUser, ApiError>) -> ApiResult<Json<Value>> {
    match current {
        Ok(current) => Ok(Json(signed_in(&current.user, &current.csrf_token))),
        Err(e) if e.code == "not_signed_in" => Ok(Json(json!({ "user": null }))),
        Err(e) => Err(e),
    }
}
