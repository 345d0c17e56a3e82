-- Labs published to courses, submissions, the grading queue and per-test results (portable SQL, as 0001).
CREATE TABLE course_labs (
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    lab_id TEXT NOT NULL,
    -- Milliseconds since the epoch; NULL: no deadline.
    deadline BIGINT,
    -- Submissions a student may make per hour (those that failed for the server's own reasons do not count).
    max_per_hour BIGINT NOT NULL,
    published_at BIGINT NOT NULL,
    PRIMARY KEY (course_id, lab_id)
);

CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    lab_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- What graded it: the lab's version and the hash of its content.
    lab_version BIGINT NOT NULL,
    lab_hash TEXT NOT NULL,
    -- The submitted files, as a JSON object from file name to text.
    files TEXT NOT NULL,
    -- queued | grading | graded | failed (failed: the server could not grade it; it costs no attempt)
    status TEXT NOT NULL,
    score BIGINT,
    max_score BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    graded_at BIGINT
);
CREATE INDEX submissions_by_student ON submissions (course_id, lab_id, user_id, created_at);

CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    -- queued | running | done
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    -- A running job whose lease has passed is taken again (its worker died).
    lease_until BIGINT,
    worker TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX jobs_by_state ON jobs (state, created_at);

CREATE TABLE results (
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    test_id TEXT NOT NULL,
    points BIGINT NOT NULL,
    max_points BIGINT NOT NULL,
    verdict TEXT NOT NULL,
    feedback TEXT NOT NULL,
    -- A stored share link replaying the failure (public tests only: a hidden test's files never leave).
    share_id TEXT,
    PRIMARY KEY (submission_id, test_id)
);
