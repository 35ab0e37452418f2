-- 0010: a story's earlier slugs. A story keeps its id; its slug follows its headline when the
-- headline changes so much that the old slug's words no longer describe it (Slug.StillFits), and
-- the old slug is kept here, so an address once published keeps answering (with a redirect to the
-- current slug) and is never given to another story. The same text runs on both backends.
CREATE TABLE story_slugs (
    slug TEXT NOT NULL PRIMARY KEY,
    story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE
);

CREATE INDEX story_slugs_story_id ON story_slugs (story_id);
