-- 0007: admin sessions (issue #17, docs/site.md). A signed-in admin's session cookie names a random
-- session id; only its SHA-256 is stored. A cookie is valid while its row exists and has not
-- expired, so logging out (deleting the row) ends the session in every web process at once.
CREATE TABLE admin_sessions (
    id_hash TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX admin_sessions_expires_at ON admin_sessions (expires_at);
