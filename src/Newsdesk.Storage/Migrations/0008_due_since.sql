-- 0008: due_since (news clock, ms): since when a story has been waiting for the writer, i.e. the
-- time of its oldest change that no revision covers yet; NULL while it is not due. The writer takes
-- the newest change first, except that a story waiting longer than a bound goes before newer ones
-- (StoryStore.LeaseDueAsync), so a lagging writer cannot starve an old change. Rows due before this
-- migration have NULL and count from changed_at. The same text runs on both backends.
ALTER TABLE stories ADD COLUMN due_since BIGINT;
