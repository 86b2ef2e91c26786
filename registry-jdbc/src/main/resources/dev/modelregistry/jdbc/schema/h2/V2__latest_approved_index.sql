-- Model registry schema, version 2, for H2 2.x: finds the latest approved version of a group by
-- walking one index backwards instead of filtering the group's versions.

CREATE INDEX IF NOT EXISTS ${schema}${prefix}package_approval_ix
    ON ${schema}${prefix}model_package (group_name, approval_status, package_version);

INSERT INTO ${schema}${prefix}schema_version (script_version, description)
    VALUES (2, 'latest approved index');
