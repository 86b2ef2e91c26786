-- Model registry schema, version 4, for H2 2.x: no change. On PostgreSQL this version moves
-- provenance into one jsonb document under a GIN index; H2 has no inverted index, so its
-- provenance stays in the indexed columns and the side table of version 3 (ProvenanceColumns).
-- The script exists so that a schema version means the same on every database.

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (4, 'provenance document');
