-- 0005: follows and the notification outbox (docs/notifications.md).
-- follows: what an operator follows (a topic, an entity, a keyword query, or breaking news) and
-- where its deliveries go (one channel and target; none: only the follow's feed and page).
CREATE TABLE follows (
    id {{id}},
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('topic', 'entity', 'query', 'breaking')),
    term TEXT NOT NULL DEFAULT '',
    trigger_on TEXT NOT NULL DEFAULT 'new' CHECK (trigger_on IN ('new', 'revision')),
    channel TEXT NOT NULL DEFAULT 'none' CHECK (channel IN ('none', 'webhook', 'ntfy', 'apprise', 'email')),
    target TEXT,
    secret TEXT NOT NULL,
    digest TEXT NOT NULL DEFAULT 'immediate' CHECK (digest IN ('immediate', 'daily', 'weekly')),
    digest_hour BIGINT NOT NULL DEFAULT 7,
    unsubscribe_token TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    last_error TEXT,
    last_error_at BIGINT
);

-- outbox: one row per (follow, story revision) to deliver, written in the same transaction as the
-- revision that caused it, so a revision and its deliveries are stored together or not at all.
-- The unique key makes a second row for the same (follow, story revision) impossible. A worker
-- leases due rows (lease_owner, lease_expires_at as in 0004), sends, and records the outcome in
-- the transaction that frees the lease. state: pending, sent, failed (parked after the retry bound,
-- or refused), dropped (an unsubscribed follow, or a story left out of a full digest).
-- digest_at: the digest this row waits for (NULL: sent on its own).
CREATE TABLE outbox (
    id {{id}},
    follow_id BIGINT NOT NULL REFERENCES follows (id) ON DELETE CASCADE,
    story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    event TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    digest_at BIGINT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'dropped')),
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at BIGINT,
    lease_owner TEXT,
    lease_expires_at BIGINT,
    UNIQUE (follow_id, story_id, revision)
);

CREATE INDEX outbox_state_due ON outbox (state, due_at);
CREATE INDEX outbox_follow_story ON outbox (follow_id, story_id);
