//! Grading workers: take a job from the queue, grade every test of its submission in a child process, and
//! store the results and the score together with the job's completion, in one transaction that succeeds only
//! while the worker still holds the job's lease. On shutdown a worker gives its job back to the queue.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use sqlx::Row;
use tokio::sync::watch;

use crate::app::AppState;
use crate::grading::{run_isolated, GradeRequest, Limits, Verdict};
use crate::ids::now_ms;
use crate::labs::Visibility;
use crate::queue::{self, Claim, MAX_ATTEMPTS};

#[derive(Clone, Debug)]
pub struct WorkerConfig {
    pub name: String,
    /// The binary that runs `grade-test` (this server's own).
    pub exe: PathBuf,
    pub memory_bytes: u64,
    /// How long a claimed job is this worker's before others may take it.
    pub lease: Duration,
    /// How long to wait when the queue is empty.
    pub idle: Duration,
    /// The longest any one test may run, whatever its lab says.
    pub time_cap: Duration,
}


/// Runs until `shutdown` turns true.
pub async fn run(state: AppState, config: WorkerConfig, mut shutdown: watch::Receiver<bool>) {
    tracing::info!(worker = %config.name, "grading worker started");
    while !*shutdown.borrow() {
        match grade_next(&state, &config, &shutdown).await {
            Ok(true) => continue,
            Ok(false) => {}
            Err(e) => tracing::error!(worker = %config.name, error = %e, "grading failed; retrying later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(config.idle) => {}
            _ = shutdown.changed() => {}
        }
    }
    tracing::info!(worker = %config.name, "grading worker stopped");
}

/// Grades the next job, if any: `Ok(false)` when the queue is empty.
pub async fn grade_next(state: &AppState, config: &WorkerConfig, shutdown: &watch::Receiver<bool>) -> Result<bool, sqlx::Error> {
    let lease_ms = i64::try_from(config.lease.as_millis()).unwrap_or(i64::MAX);
    let Some(claim) = queue::claim(&state.db, &config.name, lease_ms).await? else { return Ok(false) };
    let submission = sqlx::query("SELECT lab_id, files FROM submissions WHERE id = $1").bind(&claim.submission_id).fetch_one(&state.db.pool).await?;
    let lab_id: String = submission.try_get("lab_id")?;
    let files: BTreeMap<String, String> = serde_json::from_str(&submission.try_get::<String, _>("files")?).unwrap_or_default();
    let Some(lab) = state.labs.get(&lab_id).cloned() else {
        return finish_failed(state, &claim, config, &format!("the lab `{lab_id}` is no longer installed")).await;
    };
    queue::set_status(&state.db, &claim, &config.name, "grading").await?;
    let mut results = Vec::new();
    for test in &lab.tests {
        if *shutdown.borrow() {
            queue::release(&state.db, &claim, &config.name).await?;
            tracing::info!(job = %claim.job_id, "shutting down: job given back to the queue");
            return Ok(true);
        }
        // Each test renews the lease, so a lab longer than one lease is not taken away mid-grading.
        if !queue::renew(&state.db, &claim, &config.name, lease_ms).await? {
            tracing::warn!(job = %claim.job_id, "lease lost; another worker has the job");
            return Ok(true);
        }
        // A test never outlasts the lease it was renewed for.
        let time = Duration::from_secs(test.timeout_s).min(config.time_cap).min(config.lease.mul_f64(0.9));
        let limits = Limits { time, memory_bytes: config.memory_bytes };
        let request = GradeRequest {
            files: lab.program(&files, test),
            test: test.test.clone(),
            config: test.config(),
            time_limit_s: Some(limits.time.as_secs_f64().ceil() as u64),
        };
        // Shutting down in the middle of a test ends the test (its process is killed) and gives the job back.
        let outcome = tokio::select! {
            outcome = run_isolated(&config.exe, &request, limits) => outcome,
            () = stopping(shutdown.clone()) => {
                queue::release(&state.db, &claim, &config.name).await?;
                tracing::info!(job = %claim.job_id, "shutting down: job given back to the queue");
                return Ok(true);
            }
        };
        let outcome = match outcome {
            Ok(o) => o,
            Err(why) => {
                tracing::error!(job = %claim.job_id, error = %why, "grader failure");
                if claim.attempts >= MAX_ATTEMPTS {
                    return finish_failed(state, &claim, config, &why).await;
                }
                queue::release(&state.db, &claim, &config.name).await?;
                return Ok(true);
            }
        };
        let points = if outcome.verdict == Verdict::Pass { test.points } else { 0 };
        // A public test's failure comes with a link replaying it; a hidden test's files never leave the server.
        let share = match (&outcome.share, test.visibility) {
            (Some(data), Visibility::Public) => Some(crate::routes::share::store(state, data).await?),
            _ => None,
        };
        let verdict = serde_json::to_value(outcome.verdict).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        results.push((test.id.clone(), i64::from(points), i64::from(test.points), verdict, outcome.message, share));
    }
    let score: i64 = results.iter().map(|r| r.1).sum();
    let mut tx = state.db.pool.begin().await?;
    let ours = sqlx::query("UPDATE jobs SET state = 'done', lease_until = NULL WHERE id = $1 AND worker = $2 AND state = 'running'")
        .bind(&claim.job_id)
        .bind(&config.name)
        .execute(&mut *tx)
        .await?;
    if ours.rows_affected() != 1 {
        // The lease passed and another worker has the job: its results count, not these.
        tx.rollback().await?;
        tracing::warn!(job = %claim.job_id, "lease lost; results dropped");
        return Ok(true);
    }
    sqlx::query("DELETE FROM results WHERE submission_id = $1").bind(&claim.submission_id).execute(&mut *tx).await?;
    for (test_id, points, max_points, verdict, feedback, share) in &results {
        sqlx::query("INSERT INTO results (submission_id, test_id, points, max_points, verdict, feedback, share_id) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(&claim.submission_id)
            .bind(test_id)
            .bind(points)
            .bind(max_points)
            .bind(verdict)
            .bind(feedback)
            .bind(share)
            .execute(&mut *tx)
            .await?;
    }
    // What graded it is recorded with the grade (a regrade may use a newer lab).
    sqlx::query("UPDATE submissions SET status = 'graded', score = $1, graded_at = $2, lab_version = $3, lab_hash = $4, max_score = $5 WHERE id = $6")
        .bind(score)
        .bind(now_ms())
        .bind(i64::from(lab.version))
        .bind(&lab.content_hash)
        .bind(i64::from(lab.total_points()))
        .bind(&claim.submission_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!(job = %claim.job_id, submission = %claim.submission_id, score, "graded");
    Ok(true)
}

/// Resolves once `shutdown` turns true (never, if its sender is gone without saying so).
async fn stopping(mut shutdown: watch::Receiver<bool>) {
    loop {
        if *shutdown.borrow_and_update() {
            return;
        }
        if shutdown.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// The server could not grade the submission: it is marked failed (and costs the student no attempt).
async fn finish_failed(state: &AppState, claim: &Claim, config: &WorkerConfig, why: &str) -> Result<bool, sqlx::Error> {
    tracing::error!(job = %claim.job_id, reason = why, "submission could not be graded");
    let mut tx = state.db.pool.begin().await?;
    let ours = sqlx::query("UPDATE jobs SET state = 'done' WHERE id = $1 AND worker = $2 AND state = 'running'")
        .bind(&claim.job_id)
        .bind(&config.name)
        .execute(&mut *tx)
        .await?;
    if ours.rows_affected() == 1 {
        sqlx::query("UPDATE submissions SET status = 'failed', infra_failed = 1 WHERE id = $1").bind(&claim.submission_id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(true)
}
