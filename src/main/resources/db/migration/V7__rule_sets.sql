-- Every rule set that was put in force, in order: the rules folder's at start-up or when it changed,
-- or one an administrator uploaded. Only a set whose rules compile and whose test cases pass is put in
-- force. Append-only and hash-chained like the access log (GET /api/rule-sets verifies it); the latest
-- entry is the set in force, and the one the service starts with when the folder's rules do not pass.
CREATE TABLE rule_set (
    seq             BIGINT PRIMARY KEY,        -- 1, 2, ...
    activated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_by    VARCHAR(100) NOT NULL,     -- the administrator, or "rules folder"
    origin          VARCHAR(255) NOT NULL,     -- where the files came from (a folder, an uploaded file)
    ruleset_version VARCHAR(64) NOT NULL,      -- as runs name it
    test_cases      INT NOT NULL,              -- how many test cases passed
    files_gz        BYTEA NOT NULL,            -- gzip of a JSON object: relative path -> file text
    prev_hash       VARCHAR(64) NOT NULL UNIQUE,
    record_hash     VARCHAR(64) NOT NULL UNIQUE
);
