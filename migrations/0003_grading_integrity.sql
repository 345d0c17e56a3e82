-- At most one open grading job per submission (concurrent regrades cannot queue it twice), and a flag for
-- submissions the server failed to grade: they never count against the student's hourly limit, even once
-- regraded.
CREATE UNIQUE INDEX jobs_one_open_per_submission ON jobs (submission_id) WHERE state <> 'done';
ALTER TABLE submissions ADD COLUMN infra_failed BIGINT NOT NULL DEFAULT 0;
