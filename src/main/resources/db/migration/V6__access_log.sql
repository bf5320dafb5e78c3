-- Who saw a member's whole ID number, when, and why: append-only, like the run chain. Each entry carries
-- the previous entry's hash, so a changed, removed or inserted entry breaks the chain
-- (GET /api/audit/access-log). No code path updates or deletes a row.
CREATE TABLE access_log (
    seq          BIGINT PRIMARY KEY,           -- 1, 2, ...
    accessed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accessed_by  VARCHAR(100) NOT NULL,        -- the signed-in user
    run_id       VARCHAR(36) NOT NULL,
    county_code  VARCHAR(200) NOT NULL,        -- whose auditors may read the entry
    household_id VARCHAR(200) NOT NULL,
    member_id    VARCHAR(200) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    prev_hash    VARCHAR(64) NOT NULL UNIQUE,
    record_hash  VARCHAR(64) NOT NULL UNIQUE
);
