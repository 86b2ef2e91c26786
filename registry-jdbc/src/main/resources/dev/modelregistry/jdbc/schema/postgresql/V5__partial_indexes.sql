-- Model registry schema, version 5, for PostgreSQL: four indexes leave out the rows they can
-- never find. A package registered without a client token (most are) put a NULL token into the
-- token's unique index; every audit record went into the position, group and package indexes with
-- a NULL position, entries no reader asks for (readers only ask for positions above a cursor) and
-- that turned dead when the sequencer gave the record its position. With the NULLs left out, a
-- registration makes four fewer index inserts and writes that much less WAL before its commit;
-- the sequencer inserts the position entries as it did. Every query that uses these indexes
-- compares the column with a strict operator (=, >, IN), which implies IS NOT NULL, so the
-- planner can still choose them.

ALTER TABLE ${schema}${prefix}model_package DROP CONSTRAINT IF EXISTS ${prefix}package_token_uq;
CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}package_token_uq
    ON ${schema}${prefix}model_package (group_name, client_token) WHERE client_token IS NOT NULL;

ALTER TABLE ${schema}${prefix}audit_log DROP CONSTRAINT IF EXISTS ${prefix}audit_position_uq;
CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}audit_position_uq
    ON ${schema}${prefix}audit_log (log_position) WHERE log_position IS NOT NULL;

DROP INDEX IF EXISTS ${schema}${prefix}audit_group_ix;
CREATE INDEX IF NOT EXISTS ${prefix}audit_group_ix
    ON ${schema}${prefix}audit_log (group_name_lower, log_position) WHERE log_position IS NOT NULL;

DROP INDEX IF EXISTS ${schema}${prefix}audit_package_ix;
CREATE INDEX IF NOT EXISTS ${prefix}audit_package_ix
    ON ${schema}${prefix}audit_log (group_name_lower, package_version, log_position)
    WHERE log_position IS NOT NULL;

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (5, 'partial indexes');
