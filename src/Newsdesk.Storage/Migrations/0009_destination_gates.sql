-- 0009: destination_gates: the shared per-destination rate limit of notifications. One row per
-- destination (a webhook's host and port, or the SMTP server) holds the news-clock time (ms) before
-- which no worker may send to it again; a worker takes a send slot by moving it forward in one
-- statement (NotificationOutbox.TakeSendSlotAsync), so N workers together still send at most one
-- delivery per gap to a destination. The same text runs on both backends.
CREATE TABLE destination_gates (
    destination TEXT PRIMARY KEY,
    next_allowed BIGINT NOT NULL
);
