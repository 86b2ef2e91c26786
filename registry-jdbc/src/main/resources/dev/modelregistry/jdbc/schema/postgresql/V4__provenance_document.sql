-- Model registry schema, version 4, for PostgreSQL: a package's provenance (its metadata
-- properties and customer metadata entries) moves from four hash-indexed columns and a side table
-- with one row per entry into one jsonb document on the package row under a GIN index
-- (ProvenanceDocument). For a typical package (four properties, five entries) a registration so
-- makes one GIN insert instead of four hash index entries and five side-table rows with ten
-- B-tree entries. Existing packages get their documents from the V3 columns and rows in one
-- statement; if V3's own backfill has not run yet (a V2 database upgraded in one go), its marker
-- is still there, the columns are still empty, and the store fills the documents from the
-- package documents when it opens.

ALTER TABLE ${schema}${prefix}model_package ADD COLUMN IF NOT EXISTS provenance JSONB;

-- The same document ProvenanceDocument writes: values escaped as in the V3 columns and rows,
-- empty parts left out, NULL for a package without provenance.
UPDATE ${schema}${prefix}model_package p
   SET provenance = NULLIF(jsonb_strip_nulls(jsonb_build_object(
           'MetadataProperties', NULLIF(jsonb_strip_nulls(jsonb_build_object(
               'CommitId', p.commit_id, 'Repository', p.repository,
               'GeneratedBy', p.generated_by, 'ProjectId', p.project_id)), '{}'::jsonb),
           'CustomerMetadataProperties', (
               SELECT jsonb_object_agg(m.meta_key, m.meta_value)
                 FROM ${schema}${prefix}customer_metadata m
                WHERE m.meta_group_name = p.group_name AND m.meta_version = p.package_version))),
       '{}'::jsonb)
 WHERE p.provenance IS NULL;

-- Built after the documents: one bulk build instead of an insert per package.
CREATE INDEX IF NOT EXISTS ${prefix}package_provenance_ix
    ON ${schema}${prefix}model_package USING GIN (provenance jsonb_path_ops);

-- Dropping the columns drops their hash indexes.
ALTER TABLE ${schema}${prefix}model_package
    DROP COLUMN IF EXISTS commit_id,
    DROP COLUMN IF EXISTS repository,
    DROP COLUMN IF EXISTS generated_by,
    DROP COLUMN IF EXISTS project_id;

DROP TABLE IF EXISTS ${schema}${prefix}customer_metadata;

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (4, 'provenance document');
