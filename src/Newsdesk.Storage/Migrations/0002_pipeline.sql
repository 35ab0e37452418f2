-- 0002: what the article, story and writing stages keep.
-- item_articles: which article each feed item became (several items can share one article when
-- the same page is reached through two feeds or two URLs); an item with a row here is done.
CREATE TABLE item_articles (
    item_id BIGINT PRIMARY KEY REFERENCES feed_items (id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

CREATE INDEX item_articles_article_id ON item_articles (article_id);

-- changed_at: when the story's set of articles last changed; written_for: the changed_at its latest
-- revision covers. A story with changed_at > written_for (or none) is due for (re)writing.
ALTER TABLE stories ADD COLUMN changed_at BIGINT;
ALTER TABLE stories ADD COLUMN written_for BIGINT;
ALTER TABLE stories ADD COLUMN headline TEXT;

CREATE INDEX stories_changed_at ON stories (changed_at);
