//! The grading queue in the database. Workers claim jobs with a lease: on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, so concurrent workers never take the same job; on SQLite with a single
//! `UPDATE … RETURNING` statement, which SQLite's single writer makes atomic. A job whose lease passes
//! (its worker died) is claimed again; a job is completed only by the worker holding its lease, in the same
//! transaction as its results, so it is graded exactly once.

use sqlx::Row;

use crate::db::{Backend, Db};
use crate::ids::{new_id, now_ms};

/// A claimed job.
#[derive(Clone, Debug)]
pub struct Claim {
    pub job_id: String,
    pub submission_id: String,
    pub attempts: i64,
}

pub async fn enqueue(db: &Db, submission_id: &str) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query("INSERT INTO jobs (id, submission_id, state, attempts, created_at) VALUES ($1, $2, 'queued', 0, $3)")
        .bind(&id)
        .bind(submission_id)
        .bind(now_ms())
        .execute(&db.pool)
        .await?;
    Ok(id)
}

/// Takes the oldest job that is queued, or running with an expired lease, for `lease_ms`.
pub async fn claim(db: &Db, worker: &str, lease_ms: i64) -> Result<Option<Claim>, sqlx::Error> {
    let now = now_ms();
    let pick = match db.backend {
        Backend::Postgres => {
            "SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND lease_until < $3)
             ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"
        }
        Backend::Sqlite => {
            "SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND lease_until < $3)
             ORDER BY created_at, id LIMIT 1"
        }
    };
    let sql = format!(
        "UPDATE jobs SET state = 'running', worker = $1, lease_until = $2, attempts = attempts + 1
         WHERE id = ({pick}) RETURNING id, submission_id, attempts"
    );
    let row = sqlx::query(&sql).bind(worker).bind(now + lease_ms).bind(now).fetch_optional(&db.pool).await?;
    match row {
        Some(row) => Ok(Some(Claim { job_id: row.try_get("id")?, submission_id: row.try_get("submission_id")?, attempts: row.try_get("attempts")? })),
        None => Ok(None),
    }
}

/// Gives a claimed job back to the queue (the worker is shutting down).
pub async fn release(db: &Db, claim: &Claim, worker: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE jobs SET state = 'queued', worker = NULL, lease_until = NULL WHERE id = $1 AND worker = $2 AND state = 'running'")
        .bind(&claim.job_id)
        .bind(worker)
        .execute(&db.pool)
        .await?;
    Ok(())
}
