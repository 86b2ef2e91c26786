-- Model registry schema, version 1, for H2 2.x.
-- Placeholders: ${schema} is empty or a schema name followed by a dot; ${prefix} starts every
-- table, constraint and index name. Every statement is re-runnable, because H2 commits DDL one
-- statement at a time; the last statement records the version.

CREATE TABLE IF NOT EXISTS ${schema}${prefix}schema_version (
    script_version INTEGER NOT NULL,
    description VARCHAR(200) NOT NULL,
    installed_on TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ${prefix}schema_version_pk PRIMARY KEY (script_version)
);

-- One row per group. last_version is the version counter: incremented in one statement inside the
-- transaction that inserts a package, and never decremented, so a deleted package's version is
-- never handed out again. Documents are ASCII JSON (non-ASCII escaped) in SageMaker's wire names,
-- in CHARACTER VARYING without a length (up to 10^9 characters): a CLOB would go through H2's LOB
-- storage and make each commit about three times slower.
CREATE TABLE IF NOT EXISTS ${schema}${prefix}model_package_group (
    group_name VARCHAR(63) NOT NULL,
    group_name_lower VARCHAR(63) NOT NULL,
    creation_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_version INTEGER DEFAULT 0 NOT NULL,
    group_document CHARACTER VARYING NOT NULL,
    tags_document CHARACTER VARYING NOT NULL,
    resource_policy CHARACTER VARYING,
    CONSTRAINT ${prefix}group_pk PRIMARY KEY (group_name),
    CONSTRAINT ${prefix}group_name_lower_uq UNIQUE (group_name_lower)
);

CREATE INDEX IF NOT EXISTS ${schema}${prefix}group_created_ix
    ON ${schema}${prefix}model_package_group (creation_time, group_name);

CREATE TABLE IF NOT EXISTS ${schema}${prefix}model_package (
    group_name VARCHAR(63) NOT NULL,
    package_version INTEGER NOT NULL,
    creation_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    approval_status VARCHAR(32) NOT NULL,
    client_token VARCHAR(36),
    request_fingerprint CHARACTER VARYING,
    package_document CHARACTER VARYING NOT NULL,
    CONSTRAINT ${prefix}package_pk PRIMARY KEY (group_name, package_version),
    CONSTRAINT ${prefix}package_group_fk FOREIGN KEY (group_name)
        REFERENCES ${schema}${prefix}model_package_group (group_name),
    CONSTRAINT ${prefix}package_token_uq UNIQUE (group_name, client_token)
);

CREATE INDEX IF NOT EXISTS ${schema}${prefix}package_created_ix
    ON ${schema}${prefix}model_package (creation_time, group_name, package_version);

CREATE INDEX IF NOT EXISTS ${schema}${prefix}package_group_created_ix
    ON ${schema}${prefix}model_package (group_name, creation_time, package_version);

CREATE TABLE IF NOT EXISTS ${schema}${prefix}model_package_history (
    group_name VARCHAR(63) NOT NULL,
    package_version INTEGER NOT NULL,
    entry_number INTEGER NOT NULL,
    entry_document CHARACTER VARYING NOT NULL,
    CONSTRAINT ${prefix}history_pk PRIMARY KEY (group_name, package_version, entry_number),
    CONSTRAINT ${prefix}history_package_fk FOREIGN KEY (group_name, package_version)
        REFERENCES ${schema}${prefix}model_package (group_name, package_version) ON DELETE CASCADE
);

INSERT INTO ${schema}${prefix}schema_version (script_version, description) VALUES (1, 'create');
