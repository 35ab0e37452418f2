-- 0004: leases, so that several worker processes can share one database (docs/scale.md).
-- A row lease is (lease_owner, lease_expires_at) on the row a worker is working on: a source being
-- polled, a feed item whose page is being fetched, a story being written. A lease is free when
-- lease_expires_at is NULL or past; the worker that finishes clears it in the transaction that
-- stores the result, and only while it still holds it. The same text runs on both backends.
ALTER TABLE sources ADD COLUMN lease_owner TEXT;
ALTER TABLE sources ADD COLUMN lease_expires_at BIGINT;
ALTER TABLE feed_items ADD COLUMN lease_owner TEXT;
ALTER TABLE feed_items ADD COLUMN lease_expires_at BIGINT;
ALTER TABLE stories ADD COLUMN lease_owner TEXT;
ALTER TABLE stories ADD COLUMN lease_expires_at BIGINT;

-- Named role leases: one row per role that at most one process may play at a time ('cluster').
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- covers: the stories.changed_at a revision was written for (NULL for revisions written before),
-- so that "each story version published once" can be checked: (story_id, covers) never repeats
-- among revisions the pipeline writes. Not a unique index: an explicit rewrite of an unchanged
-- story is allowed to cover the same version again.
ALTER TABLE story_revisions ADD COLUMN covers BIGINT;
