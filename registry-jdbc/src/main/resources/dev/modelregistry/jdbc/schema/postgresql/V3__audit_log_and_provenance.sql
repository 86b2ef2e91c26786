-- Model registry schema, version 3, for PostgreSQL: the audit log (which is also the change
-- feed), feed consumers' positions, and the columns and table that answer provenance queries
-- from indexes.

-- Provenance: the package's MetadataProperties, each value escaped to ASCII as the store writes
-- it (see ColumnText), so that equality on the column is equality of the values. Hash indexes:
-- a value may be up to 1,024 characters (6 bytes each escaped), more than a B-tree entry holds;
-- the queries only ask for equality; and a hash index leaves out the NULLs of packages without
-- the property, so they cost nothing to register.
ALTER TABLE ${schema}${prefix}model_package
    ADD COLUMN IF NOT EXISTS commit_id TEXT COLLATE "C",
    ADD COLUMN IF NOT EXISTS repository TEXT COLLATE "C",
    ADD COLUMN IF NOT EXISTS generated_by TEXT COLLATE "C",
    ADD COLUMN IF NOT EXISTS project_id TEXT COLLATE "C";

CREATE INDEX IF NOT EXISTS ${prefix}package_commit_ix
    ON ${schema}${prefix}model_package USING HASH (commit_id);
CREATE INDEX IF NOT EXISTS ${prefix}package_repository_ix
    ON ${schema}${prefix}model_package USING HASH (repository);
CREATE INDEX IF NOT EXISTS ${prefix}package_generated_by_ix
    ON ${schema}${prefix}model_package USING HASH (generated_by);
CREATE INDEX IF NOT EXISTS ${prefix}package_project_ix
    ON ${schema}${prefix}model_package USING HASH (project_id);

-- One row per customer metadata entry of a package, kept in step with the package's document by
-- the store (no foreign key: the store deletes a package's entries itself, and a key check per
-- entry would cost each registration more than the entries' own inserts). Columns are named
-- apart from the package table's so that a join needs no aliases. Keys (128 characters) and
-- values (256) fit a B-tree entry even escaped.
CREATE TABLE IF NOT EXISTS ${schema}${prefix}customer_metadata (
    meta_group_name VARCHAR(63) COLLATE "C" NOT NULL,
    meta_version INTEGER NOT NULL,
    meta_key TEXT COLLATE "C" NOT NULL,
    meta_value TEXT COLLATE "C" NOT NULL,
    CONSTRAINT ${prefix}customer_metadata_pk PRIMARY KEY (meta_group_name, meta_version, meta_key)
);

CREATE INDEX IF NOT EXISTS ${prefix}customer_metadata_ix
    ON ${schema}${prefix}customer_metadata (meta_key, meta_value, meta_group_name, meta_version);

-- The audit log. Writers insert records with no position, so they never wait for each other on
-- a global counter; entry_id only orders the inserts. Before the trail or the feed is read, the
-- committed records without a position get the next positions, in entry_id order, by one
-- "sequencer" at a time: it locks the single audit_head row, so the positions it hands out are
-- above all handed out before and commit at once (see AuditLog for why that leaves no gaps).
CREATE TABLE IF NOT EXISTS ${schema}${prefix}audit_log (
    entry_id BIGINT GENERATED ALWAYS AS IDENTITY,
    log_position BIGINT,
    record_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    group_name VARCHAR(63) COLLATE "C" NOT NULL,
    group_name_lower VARCHAR(63) COLLATE "C" NOT NULL,
    package_version INTEGER,
    outcome VARCHAR(16) NOT NULL,
    record_document TEXT NOT NULL,
    CONSTRAINT ${prefix}audit_log_pk PRIMARY KEY (entry_id),
    CONSTRAINT ${prefix}audit_position_uq UNIQUE (log_position)
);

CREATE INDEX IF NOT EXISTS ${prefix}audit_unsequenced_ix
    ON ${schema}${prefix}audit_log (entry_id) WHERE log_position IS NULL;
CREATE INDEX IF NOT EXISTS ${prefix}audit_group_ix
    ON ${schema}${prefix}audit_log (group_name_lower, log_position);
CREATE INDEX IF NOT EXISTS ${prefix}audit_package_ix
    ON ${schema}${prefix}audit_log (group_name_lower, package_version, log_position);

-- The highest position handed out; its one row is the sequencers' lock.
CREATE TABLE IF NOT EXISTS ${schema}${prefix}audit_head (
    head_id INTEGER NOT NULL,
    last_position BIGINT NOT NULL,
    CONSTRAINT ${prefix}audit_head_pk PRIMARY KEY (head_id)
);

INSERT INTO ${schema}${prefix}audit_head (head_id, last_position) VALUES (1, 0);

-- Where each feed consumer got to; names escaped to ASCII like the documents.
CREATE TABLE IF NOT EXISTS ${schema}${prefix}feed_consumer (
    consumer_name TEXT COLLATE "C" NOT NULL,
    log_position BIGINT NOT NULL,
    saved_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ${prefix}feed_consumer_pk PRIMARY KEY (consumer_name)
);

-- Present while packages stored before this version still need their provenance columns and
-- customer metadata rows filled from their documents; the store does it when it opens, then
-- deletes the row.
CREATE TABLE IF NOT EXISTS ${schema}${prefix}provenance_backfill (
    marker INTEGER NOT NULL,
    CONSTRAINT ${prefix}provenance_backfill_pk PRIMARY KEY (marker)
);

INSERT INTO ${schema}${prefix}provenance_backfill (marker) VALUES (1);

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (3, 'audit log and provenance');
