-- 0006: threads (issue #14, docs/stories.md). A story that develops an earlier one (the arrest days
-- after the shooting, the charges) is in the earlier story's thread. thread_id is the id of the
-- thread's first story; NULL for a story in no thread (the first story takes its own id when a
-- second one joins). Threads are set by the clusterer only. The same text runs on both backends.
ALTER TABLE stories ADD COLUMN thread_id BIGINT;

CREATE INDEX stories_thread_id ON stories (thread_id);
