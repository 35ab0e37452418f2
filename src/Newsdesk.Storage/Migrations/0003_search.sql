-- 0003: full-text search over each live story's latest revision (headline, lede, body).
-- One row per story, replaced with every revision (StorySearch). The two backends index text
-- differently, so this migration has one part per backend.

-- [sqlite]
-- FTS5 with the Porter stemmer: "elections" finds "election". story_id is stored, not indexed.
CREATE VIRTUAL TABLE story_search USING fts5 (
    story_id UNINDEXED,
    headline,
    lede,
    body,
    tokenize = 'porter unicode61'
);

-- [postgresql]
-- A stored tsvector (English stemming), headline weighted above lede above body, in a GIN index.
CREATE TABLE story_search (
    story_id BIGINT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    headline TEXT NOT NULL,
    lede TEXT NOT NULL,
    body TEXT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', headline), 'A')
        || setweight(to_tsvector('english', lede), 'B')
        || setweight(to_tsvector('english', body), 'C')) STORED
);

CREATE INDEX story_search_document ON story_search USING GIN (document);
