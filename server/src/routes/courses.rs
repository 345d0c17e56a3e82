//! Courses: list mine, create one (instructors), join one with its code, read one (members only; the join
//! code and the member list only for its instructors).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use sqlx::Row;

use crate::app::AppState;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::ids::{join_code, new_id, now_ms};
use crate::json::ApiJson;

#[derive(Deserialize)]
pub struct NewCourse {
    pub title: String,
}

#[derive(Deserialize)]
pub struct Join {
    pub code: String,
}

pub async fn list(State(state): State<AppState>, current: CurrentUser) -> ApiResult<Json<Value>> {
    let rows = sqlx::query(
        "SELECT c.id, c.title, m.role FROM memberships m JOIN courses c ON c.id = m.course_id
         WHERE m.user_id = $1 ORDER BY c.created_at, c.id",
    )
    .bind(&current.user.id)
    .fetch_all(&state.db.pool)
    .await?;
    let mut courses = Vec::new();
    for row in rows {
        courses.push(json!({ "id": row.try_get::<String, _>("id")?, "title": row.try_get::<String, _>("title")?, "role": row.try_get::<String, _>("role")? }));
    }
    Ok(Json(json!({ "courses": courses })))
}

pub async fn create(State(state): State<AppState>, current: CurrentUser, ApiJson(body): ApiJson<NewCourse>) -> ApiResult<(StatusCode, Json<Value>)> {
    if !current.user.is_instructor {
        return Err(ApiError::forbidden("only instructors can create courses"));
    }
    let title = body.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(ApiError::bad_request("invalid_title", "give a title of 1 to 200 characters"));
    }
    let id = new_id();
    let code = join_code();
    let now = now_ms();
    let mut tx = state.db.pool.begin().await?;
    sqlx::query("INSERT INTO courses (id, title, join_code, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(title)
        .bind(&code)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO memberships (course_id, user_id, role, joined_at) VALUES ($1, $2, 'instructor', $3)")
        .bind(&id)
        .bind(&current.user.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id, "title": title, "join_code": code, "role": "instructor" }))))
}

pub async fn join(State(state): State<AppState>, current: CurrentUser, ApiJson(body): ApiJson<Join>) -> ApiResult<Json<Value>> {
    let code = body.code.trim().to_uppercase();
    let course = sqlx::query("SELECT id, title FROM courses WHERE join_code = $1")
        .bind(&code)
        .fetch_optional(&state.db.pool)
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "bad_join_code", "no course has this join code"))?;
    let id: String = course.try_get("id")?;
    let title: String = course.try_get("title")?;
    let existing = role_in(&state, &id, &current.user.id).await?;
    let role = match existing {
        Some(role) => role,
        None => {
            sqlx::query("INSERT INTO memberships (course_id, user_id, role, joined_at) VALUES ($1, $2, 'student', $3) ON CONFLICT DO NOTHING")
                .bind(&id)
                .bind(&current.user.id)
                .bind(now_ms())
                .execute(&state.db.pool)
                .await?;
            "student".to_string()
        }
    };
    Ok(Json(json!({ "id": id, "title": title, "role": role })))
}

pub async fn show(State(state): State<AppState>, current: CurrentUser, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    // Not a member: the same answer as a course that does not exist.
    let role = role_in(&state, &id, &current.user.id).await?.ok_or_else(|| ApiError::not_found("course"))?;
    let course = sqlx::query("SELECT title, join_code FROM courses WHERE id = $1").bind(&id).fetch_one(&state.db.pool).await?;
    let mut body = json!({ "id": id, "title": course.try_get::<String, _>("title")?, "role": role });
    if role == "instructor" {
        body["join_code"] = json!(course.try_get::<String, _>("join_code")?);
        let rows = sqlx::query(
            "SELECT u.id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.course_id = $1 ORDER BY m.role, u.name, u.id",
        )
        .bind(&id)
        .fetch_all(&state.db.pool)
        .await?;
        let mut members = Vec::new();
        for row in rows {
            members.push(json!({
                "id": row.try_get::<String, _>("id")?,
                "name": row.try_get::<String, _>("name")?,
                "email": row.try_get::<String, _>("email")?,
                "role": row.try_get::<String, _>("role")?,
            }));
        }
        body["members"] = json!(members);
    }
    Ok(Json(body))
}

/// The user's role in the course, if a member.
pub async fn role_in(state: &AppState, course: &str, user: &str) -> ApiResult<Option<String>> {
    let row = sqlx::query("SELECT role FROM memberships WHERE course_id = $1 AND user_id = $2")
        .bind(course)
        .bind(user)
        .fetch_optional(&state.db.pool)
        .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("role")?),
        None => None,
    })
}
