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

/// Queues a grading job for a submission, inside the caller's transaction (nothing happens if it already
/// has an open job).
pub async fn enqueue(conn: &mut sqlx::AnyConnection, submission_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO jobs (id, submission_id, state, attempts, created_at) VALUES ($1, $2, 'queued', 0, $3) ON CONFLICT DO NOTHING")
        .bind(new_id())
        .bind(submission_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// A job whose lease expired this many times (its workers kept dying, or it outlasts every lease) is given
/// up: its submission is marked failed, at no cost to the student.
pub const MAX_ATTEMPTS: i64 = 3;

/// Takes the oldest job that is queued, or running with an expired lease, for `lease_ms`.
pub async fn claim(db: &Db, worker: &str, lease_ms: i64) -> Result<Option<Claim>, sqlx::Error> {
    let now = now_ms();
    give_up_exhausted(db, now).await?;
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

/// Ends jobs whose lease expired after their last allowed attempt, marking their submissions failed.
async fn give_up_exhausted(db: &Db, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let rows = sqlx::query("UPDATE jobs SET state = 'done' WHERE state = 'running' AND lease_until < $1 AND attempts >= $2 RETURNING submission_id")
        .bind(now)
        .bind(MAX_ATTEMPTS)
        .fetch_all(&mut *tx)
        .await?;
    for row in rows {
        let submission: String = row.try_get("submission_id")?;
        tracing::error!(submission = %submission, "grading gave up after {MAX_ATTEMPTS} attempts");
        sqlx::query("UPDATE submissions SET status = 'failed', infra_failed = 1 WHERE id = $1").bind(&submission).execute(&mut *tx).await?;
    }
    tx.commit().await
}

/// Extends the lease of a job this worker holds; `false` if it no longer holds it.
pub async fn renew(db: &Db, claim: &Claim, worker: &str, lease_ms: i64) -> Result<bool, sqlx::Error> {
    let renewed = sqlx::query("UPDATE jobs SET lease_until = $1 WHERE id = $2 AND worker = $3 AND state = 'running'")
        .bind(now_ms() + lease_ms)
        .bind(&claim.job_id)
        .bind(worker)
        .execute(&db.pool)
        .await?;
    Ok(renewed.rows_affected() == 1)
}

/// Gives a claimed job back to the queue (the worker is shutting down), with its submission shown as
/// queued again; nothing happens if the worker no longer holds the job.
pub async fn release(db: &Db, claim: &Claim, worker: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let released = sqlx::query("UPDATE jobs SET state = 'queued', worker = NULL, lease_until = NULL WHERE id = $1 AND worker = $2 AND state = 'running'")
        .bind(&claim.job_id)
        .bind(worker)
        .execute(&mut *tx)
        .await?;
    if released.rows_affected() == 1 {
        sqlx::query("UPDATE submissions SET status = 'queued' WHERE id = $1").bind(&claim.submission_id).execute(&mut *tx).await?;
    }
    tx.commit().await
}

/// Shows a submission's status, if this worker still holds its job.
pub async fn set_status(db: &Db, claim: &Claim, worker: &str, status: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE submissions SET status = $1 WHERE id = $2
         AND EXISTS (SELECT 1 FROM jobs WHERE id = $3 AND worker = $4 AND state = 'running')",
    )
    .bind(status)
    .bind(&claim.submission_id)
    .bind(&claim.job_id)
    .bind(worker)
    .execute(&db.pool)
    .await?;
    Ok(())
}
