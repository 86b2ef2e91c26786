-- Model registry schema, version 4, for PostgreSQL: a package's provenance (its metadata
-- properties and customer metadata entries) moves from four hash-indexed columns and a side table
-- with one row per entry into one jsonb document on the package row under a GIN index
-- (ProvenanceDocument). For a typical package (four properties, five entries) a registration so
-- makes one GIN insert instead of four hash index entries and five side-table rows with ten
-- B-tree entries. The store fills the documents of existing packages
-- from their package documents when it opens (the backfill marker below).

ALTER TABLE ${schema}${prefix}model_package ADD COLUMN IF NOT EXISTS provenance JSONB;

CREATE INDEX IF NOT EXISTS ${prefix}package_provenance_ix
    ON ${schema}${prefix}model_package USING GIN (provenance jsonb_path_ops);

-- Dropping the columns drops their hash indexes.
ALTER TABLE ${schema}${prefix}model_package
    DROP COLUMN IF EXISTS commit_id,
    DROP COLUMN IF EXISTS repository,
    DROP COLUMN IF EXISTS generated_by,
    DROP COLUMN IF EXISTS project_id;

DROP TABLE IF EXISTS ${schema}${prefix}customer_metadata;

INSERT INTO ${schema}${prefix}provenance_backfill (marker) VALUES (1) ON CONFLICT DO NOTHING;

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (4, 'provenance document');
