-- 0001: the whole first schema. Tables for later stages (articles, stories) are created here
-- too, empty, so that later migrations stay small. Tokens in double braces are filled in by the
-- SQL dialect (SqlDialect.Translate): {{id}} is an auto-numbered primary key, {{blob}} binary.
-- Every time is BIGINT milliseconds since the Unix epoch, UTC (same type on every backend).

CREATE TABLE sources (
    id {{id}},
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    kind TEXT NOT NULL DEFAULT 'feed',
    site_url TEXT,
    category TEXT,
    etag TEXT,
    last_modified BIGINT,
    next_poll_at BIGINT NOT NULL,
    interval_seconds BIGINT NOT NULL,
    consecutive_failures BIGINT NOT NULL DEFAULT 0,
    last_poll_at BIGINT,
    last_success_at BIGINT,
    last_error TEXT,
    item_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE INDEX sources_next_poll_at ON sources (next_poll_at);

CREATE TABLE feed_items (
    id {{id}},
    source_id BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    canonical_link TEXT,
    title TEXT,
    link TEXT,
    published_at BIGINT,
    updated_at BIGINT,
    author TEXT,
    summary TEXT,
    content TEXT,
    content_hash TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    UNIQUE (source_id, guid)
);

CREATE INDEX feed_items_canonical_link ON feed_items (canonical_link);
CREATE INDEX feed_items_first_seen_at ON feed_items (first_seen_at);

CREATE TABLE articles (
    id {{id}},
    item_id BIGINT REFERENCES feed_items (id) ON DELETE SET NULL,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL UNIQUE,
    source_name TEXT,
    title TEXT,
    author TEXT,
    published_at BIGINT,
    language TEXT,
    image TEXT,
    text TEXT,
    text_source TEXT CHECK (text_source IN ('page', 'feed')),
    simhash BIGINT,
    duplicate_of BIGINT REFERENCES articles (id) ON DELETE SET NULL,
    fetched_at BIGINT,
    fetch_error TEXT
);

CREATE INDEX articles_item_id ON articles (item_id);
CREATE INDEX articles_published_at ON articles (published_at);

CREATE TABLE stories (
    id {{id}},
    slug TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    significance DOUBLE PRECISION NOT NULL DEFAULT 0,
    breaking BIGINT NOT NULL DEFAULT 0,
    merged_into BIGINT REFERENCES stories (id) ON DELETE SET NULL
);

CREATE INDEX stories_updated_at ON stories (updated_at);

CREATE TABLE story_articles (
    story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, article_id)
);

CREATE INDEX story_articles_article_id ON story_articles (article_id);

CREATE TABLE story_revisions (
    story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    written_at BIGINT NOT NULL,
    json TEXT NOT NULL,
    reason TEXT,
    PRIMARY KEY (story_id, revision)
);
