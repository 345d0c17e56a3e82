//! The instructor's view of a lab in a course: every student's best and latest score, per-test pass rates,
//! regrading every submission, and grade export as CSV and as Gradescope-style `results.json`.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use serde_json::{json, Value};
use sqlx::Row;

use crate::app::AppState;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::ids::now_ms;
use crate::labs::Lab;
use crate::routes::courses::role_in;

/// A graded submission of a student, with its per-test results.
struct Graded {
    id: String,
    score: i64,
    created_at: i64,
    results: Vec<(String, i64, i64, String, String)>,
}

/// One student's row: who, and their graded submissions oldest first.
struct StudentGrades {
    id: String,
    name: String,
    email: String,
    submissions: Vec<Graded>,
}

impl StudentGrades {
    /// The highest score (the latest of equals).
    fn best(&self) -> Option<&Graded> {
        self.submissions.iter().rev().max_by_key(|s| s.score)
    }
    fn latest(&self) -> Option<&Graded> {
        self.submissions.last()
    }
}

async fn instructor_lab<'a>(state: &'a AppState, current: &CurrentUser, course: &str, lab: &str) -> ApiResult<&'a Lab> {
    match role_in(state, course, &current.user.id).await?.as_deref() {
        Some("instructor") => {}
        Some(_) => return Err(ApiError::forbidden("only the course's instructors can see grades")),
        None => return Err(ApiError::not_found("course")),
    }
    state.labs.get(lab).ok_or_else(|| ApiError::not_found("lab"))
}

/// Every student of the course with their graded submissions of the lab.
async fn gather(state: &AppState, course: &str, lab: &str) -> ApiResult<Vec<StudentGrades>> {
    let students = sqlx::query(
        "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.course_id = $1 AND m.role = 'student' ORDER BY u.name, u.email, u.id",
    )
    .bind(course)
    .fetch_all(&state.db.pool)
    .await?;
    let mut by_id: BTreeMap<String, StudentGrades> = BTreeMap::new();
    let mut order = Vec::new();
    for row in students {
        let id: String = row.try_get("id")?;
        order.push(id.clone());
        by_id.insert(id.clone(), StudentGrades { id, name: row.try_get("name")?, email: row.try_get("email")?, submissions: Vec::new() });
    }
    let rows = sqlx::query(
        "SELECT s.id, s.user_id, s.score, s.created_at, r.test_id, r.points, r.max_points, r.verdict, r.feedback
         FROM submissions s JOIN results r ON r.submission_id = s.id
         WHERE s.course_id = $1 AND s.lab_id = $2 AND s.status = 'graded'
         ORDER BY s.created_at, s.id, r.test_id",
    )
    .bind(course)
    .bind(lab)
    .fetch_all(&state.db.pool)
    .await?;
    for row in rows {
        let user: String = row.try_get("user_id")?;
        let Some(student) = by_id.get_mut(&user) else { continue };
        let id: String = row.try_get("id")?;
        if student.submissions.last().is_none_or(|s| s.id != id) {
            student.submissions.push(Graded { id: id.clone(), score: row.try_get::<Option<i64>, _>("score")?.unwrap_or(0), created_at: row.try_get("created_at")?, results: Vec::new() });
        }
        if let Some(last) = student.submissions.last_mut() {
            last.results.push((row.try_get("test_id")?, row.try_get("points")?, row.try_get("max_points")?, row.try_get("verdict")?, row.try_get("feedback")?));
        }
    }
    Ok(order.into_iter().filter_map(|id| by_id.remove(&id)).collect())
}

pub async fn overview(State(state): State<AppState>, current: CurrentUser, Path((course, lab_id)): Path<(String, String)>) -> ApiResult<Json<Value>> {
    let lab = instructor_lab(&state, &current, &course, &lab_id).await?;
    let students = gather(&state, &course, &lab_id).await?;
    let rows: Vec<Value> = students
        .iter()
        .map(|s| {
            json!({
                "id": s.id, "name": s.name, "email": s.email,
                "submissions": s.submissions.len(),
                "best": s.best().map(|b| json!({ "id": b.id, "score": b.score })),
                "latest": s.latest().map(|l| json!({ "id": l.id, "score": l.score, "created_at": l.created_at })),
            })
        })
        .collect();
    // Pass rate per test over each student's latest graded submission.
    let latest: Vec<&Graded> = students.iter().filter_map(StudentGrades::latest).collect();
    let tests: Vec<Value> = lab
        .tests
        .iter()
        .map(|t| {
            let passed = latest.iter().filter(|g| g.results.iter().any(|r| r.0 == t.id && r.1 == r.2)).count();
            json!({ "id": t.id, "visibility": t.visibility, "points": t.points, "passed": passed, "of": latest.len() })
        })
        .collect();
    Ok(Json(json!({ "lab_id": lab.id, "title": lab.title, "max_score": lab.total_points(), "students": rows, "tests": tests })))
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(text: &str) -> String {
    // A leading =, +, - or @ would be a formula in a spreadsheet.
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub async fn csv(State(state): State<AppState>, current: CurrentUser, Path((course, lab_id)): Path<(String, String)>) -> ApiResult<impl IntoResponse> {
    let lab = instructor_lab(&state, &current, &course, &lab_id).await?;
    let students = gather(&state, &course, &lab_id).await?;
    let mut out = String::from("name,email,best_score,latest_score,max_score,submissions");
    for t in &lab.tests {
        out.push(',');
        out.push_str(&csv_field(&format!("best:{}", t.id)));
    }
    out.push('\n');
    for s in &students {
        let best = s.best();
        let mut line = vec![
            csv_field(&s.name),
            csv_field(&s.email),
            best.map(|b| b.score.to_string()).unwrap_or_default(),
            s.latest().map(|l| l.score.to_string()).unwrap_or_default(),
            lab.total_points().to_string(),
            s.submissions.len().to_string(),
        ];
        for t in &lab.tests {
            line.push(best.and_then(|b| b.results.iter().find(|r| r.0 == t.id)).map(|r| r.1.to_string()).unwrap_or_default());
        }
        out.push_str(&line.join(","));
        out.push('\n');
    }
    let disposition = format!("attachment; filename=\"{}-grades.csv\"", lab.id);
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, disposition)], out))
}

/// Gradescope's autograder format (`score`, `tests[] {name, score, max_score, output, visibility}`), one per
/// student, from their best submission.
pub async fn results_json(State(state): State<AppState>, current: CurrentUser, Path((course, lab_id)): Path<(String, String)>) -> ApiResult<Json<Value>> {
    let lab = instructor_lab(&state, &current, &course, &lab_id).await?;
    let students = gather(&state, &course, &lab_id).await?;
    let list: Vec<Value> = students
        .iter()
        .map(|s| {
            let results = s.best().map(|b| {
                let tests: Vec<Value> = lab
                    .tests
                    .iter()
                    .map(|t| {
                        let r = b.results.iter().find(|r| r.0 == t.id);
                        json!({
                            "name": t.id,
                            "score": r.map_or(0, |r| r.1),
                            "max_score": t.points,
                            "output": r.map(|r| format!("{}: {}", r.3, r.4)).unwrap_or_default(),
                            "visibility": "visible",
                        })
                    })
                    .collect();
                json!({ "score": b.score, "tests": tests })
            });
            json!({ "name": s.name, "email": s.email, "results": results })
        })
        .collect();
    Ok(Json(json!({ "lab_id": lab.id, "students": list })))
}

/// Queues every graded or failed submission of the lab in the course again (after a test changed).
pub async fn regrade(State(state): State<AppState>, current: CurrentUser, Path((course, lab_id)): Path<(String, String)>) -> ApiResult<(StatusCode, Json<Value>)> {
    instructor_lab(&state, &current, &course, &lab_id).await?;
    // Only submissions that are not already waiting are queued again, in one transaction: two regrades at
    // once queue each submission once (and a unique index allows one open job per submission).
    let now = now_ms();
    let mut tx = state.db.pool.begin().await?;
    let ids = sqlx::query("UPDATE submissions SET status = 'queued' WHERE course_id = $1 AND lab_id = $2 AND status IN ('graded', 'failed') RETURNING id")
        .bind(&course)
        .bind(&lab_id)
        .fetch_all(&mut *tx)
        .await?;
    for row in &ids {
        let id: String = row.try_get("id")?;
        crate::queue::enqueue(&mut tx, &id, now).await?;
    }
    tx.commit().await?;
    Ok((StatusCode::ACCEPTED, Json(json!({ "queued": ids.len() }))))
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("Ada"), "Ada");
        assert_eq!(csv_field("Lovelace, Ada"), "\"Lovelace, Ada\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
