-- Model registry schema, version 1, for PostgreSQL 12 or later.
-- Placeholders: ${schema} is empty or a schema name followed by a dot; ${prefix} starts every
-- table, constraint and index name. The registry runs a script in one transaction; the last
-- statement records the version. Names use COLLATE "C" so that they sort as Java strings do.

CREATE TABLE IF NOT EXISTS ${schema}${prefix}schema_version (
    script_version INTEGER NOT NULL,
    description VARCHAR(200) NOT NULL,
    installed_on TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ${prefix}schema_version_pk PRIMARY KEY (script_version)
);

-- One row per group. last_version is the version counter: incremented in one statement inside the
-- transaction that inserts a package, and never decremented, so a deleted package's version is
-- never handed out again. Documents are ASCII JSON (non-ASCII escaped) in SageMaker's wire names.
CREATE TABLE IF NOT EXISTS ${schema}${prefix}model_package_group (
    group_name VARCHAR(63) COLLATE "C" NOT NULL,
    group_name_lower VARCHAR(63) COLLATE "C" NOT NULL,
    creation_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_version INTEGER DEFAULT 0 NOT NULL,
    group_document TEXT NOT NULL,
    tags_document TEXT NOT NULL,
    resource_policy TEXT,
    CONSTRAINT ${prefix}group_pk PRIMARY KEY (group_name),
    CONSTRAINT ${prefix}group_name_lower_uq UNIQUE (group_name_lower)
);

CREATE INDEX IF NOT EXISTS ${prefix}group_created_ix
    ON ${schema}${prefix}model_package_group (creation_time, group_name);

CREATE TABLE IF NOT EXISTS ${schema}${prefix}model_package (
    group_name VARCHAR(63) COLLATE "C" NOT NULL,
    package_version INTEGER NOT NULL,
    creation_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    approval_status VARCHAR(32) NOT NULL,
    client_token VARCHAR(36),
    request_fingerprint TEXT,
    package_document TEXT NOT NULL,
    CONSTRAINT ${prefix}package_pk PRIMARY KEY (group_name, package_version),
    CONSTRAINT ${prefix}package_group_fk FOREIGN KEY (group_name)
        REFERENCES ${schema}${prefix}model_package_group (group_name),
    CONSTRAINT ${prefix}package_token_uq UNIQUE (group_name, client_token)
);

CREATE INDEX IF NOT EXISTS ${prefix}package_created_ix
    ON ${schema}${prefix}model_package (creation_time, group_name, package_version);

CREATE INDEX IF NOT EXISTS ${prefix}package_group_created_ix
    ON ${schema}${prefix}model_package (group_name, creation_time, package_version);

CREATE TABLE IF NOT EXISTS ${schema}${prefix}model_package_history (
    group_name VARCHAR(63) COLLATE "C" NOT NULL,
    package_version INTEGER NOT NULL,
    entry_number INTEGER NOT NULL,
    entry_document TEXT NOT NULL,
    CONSTRAINT ${prefix}history_pk PRIMARY KEY (group_name, package_version, entry_number),
    CONSTRAINT ${prefix}history_package_fk FOREIGN KEY (group_name, package_version)
        REFERENCES ${schema}${prefix}model_package (group_name, package_version) ON DELETE CASCADE
);

INSERT INTO ${schema}${prefix}schema_version (script_version, description) VALUES (1, 'create');
