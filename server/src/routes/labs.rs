//! Labs: read a lab's public side (handout, starter, public tests; never hidden tests, solutions or
//! mutants), publish a lab to a course (instructors), list a course's labs, submit, and list my submissions.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use sqlx::Row;

use crate::app::AppState;
use crate::auth::CurrentUser;
use crate::db::Backend;
use crate::error::{ApiError, ApiResult};
use crate::ids::{new_id, now_ms};
use crate::json::ApiJson;
use crate::labs::{Lab, Visibility};
use crate::routes::courses::role_in;

/// Submissions per hour when the instructor does not say.
const DEFAULT_MAX_PER_HOUR: i64 = 10;

fn lab_or_404<'a>(state: &'a AppState, id: &str) -> ApiResult<&'a Lab> {
    state.labs.get(id).ok_or_else(|| ApiError::not_found("lab"))
}

/// What anyone signed in may see of a lab.
fn public_view(lab: &Lab) -> Value {
    let tests: Vec<Value> = lab
        .tests
        .iter()
        .map(|t| {
            let mut v = json!({ "id": t.id, "part": t.part, "points": t.points, "visibility": t.visibility });
            if t.visibility == Visibility::Public {
                v["test"] = json!(t.test);
                v["config"] = json!(t.config());
            }
            v
        })
        .collect();
    json!({
        "id": lab.id,
        "title": lab.title,
        "version": lab.version,
        "handout": lab.handout,
        "parts": lab.parts,
        "editable": lab.submission.editable.iter().map(|e| e.rsplit('/').next().unwrap_or(e)).collect::<Vec<_>>(),
        "max_bytes": lab.submission.max_bytes,
        "starter": lab.starter(),
        "public_files": lab.public_files(),
        "tests": tests,
        "total_points": lab.total_points(),
    })
}

pub async fn show(State(state): State<AppState>, _current: CurrentUser, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    Ok(Json(public_view(lab_or_404(&state, &id)?)))
}

pub async fn list_installed(State(state): State<AppState>, _current: CurrentUser) -> Json<Value> {
    let labs: Vec<Value> = state.labs.values().map(|l| json!({ "id": l.id, "title": l.title, "version": l.version })).collect();
    Json(json!({ "labs": labs }))
}

#[derive(Deserialize)]
pub struct Publish {
    pub lab_id: String,
    /// Milliseconds since the epoch.
    #[serde(default)]
    pub deadline: Option<i64>,
    #[serde(default)]
    pub max_per_hour: Option<i64>,
}

pub async fn publish(State(state): State<AppState>, current: CurrentUser, Path(course): Path<String>, ApiJson(body): ApiJson<Publish>) -> ApiResult<(StatusCode, Json<Value>)> {
    if role_in(&state, &course, &current.user.id).await?.as_deref() != Some("instructor") {
        return Err(ApiError::forbidden("only the course's instructors can publish labs"));
    }
    lab_or_404(&state, &body.lab_id)?;
    let max_per_hour = body.max_per_hour.unwrap_or(DEFAULT_MAX_PER_HOUR);
    if max_per_hour < 1 {
        return Err(ApiError::bad_request("invalid_limit", "max_per_hour must be at least 1"));
    }
    sqlx::query(
        "INSERT INTO course_labs (course_id, lab_id, deadline, max_per_hour, published_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (course_id, lab_id) DO UPDATE SET deadline = excluded.deadline, max_per_hour = excluded.max_per_hour",
    )
        .bind(&course)
        .bind(&body.lab_id)
        .bind(body.deadline)
        .bind(max_per_hour)
        .bind(now_ms())
        .execute(&state.db.pool)
        .await?;
    Ok((StatusCode::CREATED, Json(json!({ "course_id": course, "lab_id": body.lab_id, "deadline": body.deadline, "max_per_hour": max_per_hour }))))
}

pub async fn course_labs(State(state): State<AppState>, current: CurrentUser, Path(course): Path<String>) -> ApiResult<Json<Value>> {
    role_in(&state, &course, &current.user.id).await?.ok_or_else(|| ApiError::not_found("course"))?;
    let rows = sqlx::query("SELECT lab_id, deadline, max_per_hour FROM course_labs WHERE course_id = $1 ORDER BY published_at, lab_id")
        .bind(&course)
        .fetch_all(&state.db.pool)
        .await?;
    let mut labs = Vec::new();
    for row in rows {
        let id: String = row.try_get("lab_id")?;
        let title = state.labs.get(&id).map(|l| l.title.clone()).unwrap_or_default();
        labs.push(json!({ "id": id, "title": title, "deadline": row.try_get::<Option<i64>, _>("deadline")?, "max_per_hour": row.try_get::<i64, _>("max_per_hour")? }));
    }
    Ok(Json(json!({ "labs": labs })))
}

#[derive(Deserialize)]
pub struct Submit {
    pub course_id: String,
    /// File name (as the editor shows it) to text; only the lab's editable files.
    pub files: BTreeMap<String, String>,
}

pub async fn submit(State(state): State<AppState>, current: CurrentUser, Path(lab_id): Path<String>, ApiJson(body): ApiJson<Submit>) -> ApiResult<(StatusCode, Json<Value>)> {
    let lab = lab_or_404(&state, &lab_id)?.clone();
    if role_in(&state, &body.course_id, &current.user.id).await?.is_none() {
        return Err(ApiError::not_found("course"));
    }
    let published = sqlx::query("SELECT deadline, max_per_hour FROM course_labs WHERE course_id = $1 AND lab_id = $2")
        .bind(&body.course_id)
        .bind(&lab_id)
        .fetch_optional(&state.db.pool)
        .await?
        .ok_or_else(|| ApiError::not_found("lab in this course"))?;
    let now = now_ms();
    if published.try_get::<Option<i64>, _>("deadline")?.is_some_and(|d| now > d) {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "deadline_passed", "the deadline of this lab has passed"));
    }
    if let Some(name) = body.files.keys().find(|n| !lab.is_editable(n)) {
        return Err(ApiError::bad_request("not_editable", format!("`{name}` is not a file of this lab you can submit")));
    }
    let bytes: usize = body.files.values().map(String::len).sum();
    if bytes > lab.submission.max_bytes {
        return Err(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", format!("a submission is limited to {} bytes", lab.submission.max_bytes)));
    }
    let max_per_hour = published.try_get::<i64, _>("max_per_hour")?;
    // Stored first, then queued, in one transaction: a submission is never lost and never left ungraded.
    // The hourly limit is checked inside it, after the insert, with the student's submissions serialized
    // (PostgreSQL: their membership row locked; SQLite: the insert takes the single writer's lock), so
    // simultaneous submissions cannot all slip under the limit.
    let id = new_id();
    let files = serde_json::to_string(&body.files).unwrap_or_default();
    let mut tx = state.db.pool.begin().await?;
    if state.db.backend == Backend::Postgres {
        sqlx::query("SELECT role FROM memberships WHERE course_id = $1 AND user_id = $2 FOR UPDATE")
            .bind(&body.course_id)
            .bind(&current.user.id)
            .fetch_optional(&mut *tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO submissions (id, course_id, lab_id, user_id, lab_version, lab_hash, files, status, max_score, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'queued', $8, $9)",
    )
    .bind(&id)
    .bind(&body.course_id)
    .bind(&lab_id)
    .bind(&current.user.id)
    .bind(i64::from(lab.version))
    .bind(&lab.content_hash)
    .bind(&files)
    .bind(i64::from(lab.total_points()))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    // Submissions the server failed to grade cost no attempt.
    let recent = sqlx::query("SELECT COUNT(*) AS n FROM submissions WHERE course_id = $1 AND lab_id = $2 AND user_id = $3 AND created_at > $4 AND infra_failed = 0")
        .bind(&body.course_id)
        .bind(&lab_id)
        .bind(&current.user.id)
        .bind(now - 3_600_000)
        .fetch_one(&mut *tx)
        .await?
        .try_get::<i64, _>("n")?;
    if recent > max_per_hour {
        tx.rollback().await?;
        return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", format!("at most {max_per_hour} submissions per hour; try again later")));
    }
    crate::queue::enqueue(&mut tx, &id, now).await?;
    tx.commit().await?;
    Ok((StatusCode::ACCEPTED, Json(json!({ "id": id, "status": "queued" }))))
}

#[derive(Deserialize)]
pub struct HistoryQuery {
    pub course_id: String,
}

pub async fn my_submissions(State(state): State<AppState>, current: CurrentUser, Path(lab_id): Path<String>, Query(q): Query<HistoryQuery>) -> ApiResult<Json<Value>> {
    let rows = sqlx::query(
        "SELECT id, status, score, max_score, created_at FROM submissions
         WHERE course_id = $1 AND lab_id = $2 AND user_id = $3 ORDER BY created_at DESC, id",
    )
    .bind(&q.course_id)
    .bind(&lab_id)
    .bind(&current.user.id)
    .fetch_all(&state.db.pool)
    .await?;
    let mut list = Vec::new();
    for row in rows {
        list.push(json!({
            "id": row.try_get::<String, _>("id")?,
            "status": row.try_get::<String, _>("status")?,
            "score": row.try_get::<Option<i64>, _>("score")?,
            "max_score": row.try_get::<i64, _>("max_score")?,
            "created_at": row.try_get::<i64, _>("created_at")?,
        }));
    }
    Ok(Json(json!({ "submissions": list })))
}

/// One submission with its per-test results: for its author and the course's instructors only.
pub async fn submission(State(state): State<AppState>, current: CurrentUser, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let row = sqlx::query("SELECT course_id, lab_id, user_id, status, score, max_score, created_at, graded_at, files FROM submissions WHERE id = $1")
        .bind(&id)
        .fetch_optional(&state.db.pool)
        .await?
        .ok_or_else(|| ApiError::not_found("submission"))?;
    let course: String = row.try_get("course_id")?;
    let author: String = row.try_get("user_id")?;
    let allowed = author == current.user.id || role_in(&state, &course, &current.user.id).await?.as_deref() == Some("instructor");
    if !allowed {
        // The same answer as a submission that does not exist.
        return Err(ApiError::not_found("submission"));
    }
    let lab_id: String = row.try_get("lab_id")?;
    let lab = state.labs.get(&lab_id);
    let results = sqlx::query("SELECT test_id, points, max_points, verdict, feedback, share_id FROM results WHERE submission_id = $1")
        .bind(&id)
        .fetch_all(&state.db.pool)
        .await?;
    let mut list = Vec::new();
    for r in results {
        let test_id: String = r.try_get("test_id")?;
        let test = lab.and_then(|l| l.tests.iter().find(|t| t.id == test_id));
        let share: Option<String> = r.try_get("share_id")?;
        list.push(json!({
            "test_id": test_id,
            "part": test.and_then(|t| t.part.clone()),
            "visibility": test.map(|t| t.visibility),
            "points": r.try_get::<i64, _>("points")?,
            "max_points": r.try_get::<i64, _>("max_points")?,
            "verdict": r.try_get::<String, _>("verdict")?,
            "feedback": r.try_get::<String, _>("feedback")?,
            "trace_link": share.map(|s| format!("/t/{s}")),
        }));
    }
    // In the lab's order of tests.
    if let Some(lab) = lab {
        list.sort_by_key(|r| lab.tests.iter().position(|t| r["test_id"] == t.id.as_str()).unwrap_or(usize::MAX));
    }
    let files: Value = serde_json::from_str(&row.try_get::<String, _>("files")?).unwrap_or(Value::Null);
    Ok(Json(json!({
        "id": id,
        "course_id": course,
        "lab_id": lab_id,
        "user_id": author,
        "status": row.try_get::<String, _>("status")?,
        "score": row.try_get::<Option<i64>, _>("score")?,
        "max_score": row.try_get::<i64, _>("max_score")?,
        "created_at": row.try_get::<i64, _>("created_at")?,
        "graded_at": row.try_get::<Option<i64>, _>("graded_at")?,
        "files": files,
        "results": list,
    })))
}
