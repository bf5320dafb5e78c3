-- Runs at province scale. A run keeps, per county, one row: the county's input, its part of the report,
-- the ids of its households and villages, and its rule firings, each compressed. Auditors read a run by county and
-- by entity, never a firing alone; a million households thus make 100 rows of about 2 MB, where a row per
-- firing made ten million rows and grew the database by 15 GB. The run row's counties_sha256 covers these
-- rows (NULL for runs stored before them, whose record hash is therefore unchanged).

CREATE TABLE run_county (
    run_key          BIGINT NOT NULL,       -- run.run_key
    position         INT NOT NULL,          -- the county's place in the run (counties by code), from 0
    county_code      VARCHAR(64) NOT NULL,
    first_seq        INT NOT NULL,          -- the seq of its first firing; the others follow in order
    firing_count     INT NOT NULL,
    rule_counts      VARCHAR NOT NULL,      -- JSON: rule name -> its firings in the county
    criterion_counts VARCHAR NOT NULL,      -- JSON: criterion code -> firings concerning it
    input_gz         BYTEA NOT NULL,        -- gzip of the county's canonical facts (a dataset of one county):
                                            -- what explain replays; personal data, never served
    entities_gz      BYTEA NOT NULL,        -- gzip of "H id" and "V code" lines: what the county holds
    results_gz       BYTEA NOT NULL,        -- gzip of the JSON of the county's part of the report
    firings_gz       BYTEA NOT NULL,        -- deflated firing records (FiringBlock)
    PRIMARY KEY (run_key, position)
);

ALTER TABLE run ADD COLUMN counties_sha256 VARCHAR(64);

-- A run kept by county keeps its input there, county by county (what explain replays); its input_gz is
-- NULL rather than a second copy of the same facts.
ALTER TABLE run ALTER COLUMN input_gz DROP NOT NULL;
