-- Model registry schema, version 5, for H2 2.x. On PostgreSQL this version leaves NULL client
-- tokens and audit positions out of their indexes. H2 has no partial indexes, and its audit log
-- gives each record its position as it is inserted (no NULLs to leave out), so nothing changes
-- here but the version.

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (5, 'partial indexes');
