-- Accounts, sessions, courses and stored share links. Portable SQL: it runs unchanged on SQLite and
-- PostgreSQL (text ids made by the server; every number, times and flags included, a BIGINT: times in
-- milliseconds since the epoch, flags 0 or 1).
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    -- May create courses (set for accounts made with `plait-server create-instructor`).
    is_instructor BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    -- SHA-256 of the cookie's random token: a leaked table does not give working cookies.
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE memberships (
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('instructor', 'student')),
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE shares (
    -- Content-addressed: derived from the data, so the same trace always gets the same id.
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
