-- Model registry schema, version 4, for H2 2.x. On PostgreSQL this version moves provenance into
-- one jsonb document under a GIN index; H2 has no inverted index, so its provenance stays in the
-- indexed columns and the side table of version 3 (ProvenanceColumns). The side table loses its
-- primary key: with the (key, value) index it made each entry of a registration three B-tree
-- inserts, and the store finds a package's rows through that index when it removes them.

ALTER TABLE ${schema}${prefix}customer_metadata DROP CONSTRAINT IF EXISTS ${prefix}customer_metadata_pk;

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (4, 'provenance document');
