-- The audit trail: append-only. No code path updates or deletes a row; each run row carries the hash
-- of the previous run row, so a changed or removed row breaks the chain (GET /api/audit/verify).
-- Types are those H2 and PostgreSQL share.

-- The rule files (DRL and parameters/) a run used, once per distinct content.
CREATE TABLE rule_snapshot (
    sha256        VARCHAR(64) PRIMARY KEY,   -- over sha256(files_gz) and sha256(catalog_json)
    files_gz      BYTEA NOT NULL,            -- gzip of a JSON object: relative path -> file text
    catalog_json  VARCHAR NOT NULL           -- the compiled rules: name, file, criterion, severity, ...
);

CREATE TABLE run (
    seq                BIGINT PRIMARY KEY,       -- position in the chain, 1, 2, ...
    id                 VARCHAR(36) NOT NULL UNIQUE,
    run_key            BIGINT NOT NULL UNIQUE,   -- derived from id; what firing rows refer to
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    input_name         VARCHAR(255) NOT NULL,
    assessment_year    INT NOT NULL,
    households         INT NOT NULL,
    input_sha256       VARCHAR(64) NOT NULL,     -- of the canonical facts
    ruleset_version    VARCHAR(64) NOT NULL,
    parameters_version VARCHAR(64) NOT NULL,
    rule_snapshot      VARCHAR(64) NOT NULL REFERENCES rule_snapshot (sha256),
    parameters_json    VARCHAR NOT NULL,         -- the effective parameters with date, source, verified
    summary_json       VARCHAR NOT NULL,
    input_gz           BYTEA NOT NULL,           -- gzip of the canonical facts (personal data: never served)
    report_gz          BYTEA NOT NULL,           -- gzip of the report as served
    firing_count       BIGINT NOT NULL,
    firings_sha256     VARCHAR(64) NOT NULL,     -- over the run's firing rows in seq order
    prev_hash          VARCHAR(64) NOT NULL UNIQUE,  -- a chain cannot fork
    record_hash        VARCHAR(64) NOT NULL UNIQUE
);

-- Every rule firing of every run. Written before its run row (in the same transaction), hence no
-- foreign key; the run row's firings_sha256 binds them.
CREATE TABLE firing (
    run_key     BIGINT NOT NULL,        -- run.run_key
    seq         INT NOT NULL,
    rule        VARCHAR(255) NOT NULL,
    criterion   VARCHAR(40),
    severity    VARCHAR(12),
    level       VARCHAR(10),
    entity_id   VARCHAR(64),
    passed      BOOLEAN,                -- set when the firing derived a criterion outcome
    measured    VARCHAR(40),
    threshold   VARCHAR(40),
    parameter   VARCHAR(100),
    department  VARCHAR(20),
    gap         VARCHAR(40),
    unit        VARCHAR(20),
    message     VARCHAR(2000),
    superseded  BOOLEAN NOT NULL,
    facts       VARCHAR NOT NULL,       -- matched facts by type and id
    vals        VARCHAR NOT NULL,       -- JSON of the values the rule bound
    PRIMARY KEY (run_key, seq)
);

CREATE INDEX firing_entity ON firing (run_key, entity_id);
