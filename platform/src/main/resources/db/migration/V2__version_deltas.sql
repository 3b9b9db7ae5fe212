-- Issue 17, item 8: a case version stores what changed against the version before it (a delta), not the whole
-- document again. base_version NULL: document holds the whole text (every version before this migration, the first
-- version and every 16th). Otherwise the text is the base version's first keep_prefix characters, then document,
-- then the base version's last keep_suffix characters. Portable SQL for H2 and PostgreSQL.
ALTER TABLE case_versions ADD COLUMN base_version INTEGER;
ALTER TABLE case_versions ADD COLUMN keep_prefix INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE case_versions ADD COLUMN keep_suffix INTEGER DEFAULT 0 NOT NULL;
