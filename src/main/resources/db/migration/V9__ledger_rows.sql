-- The remediation ledger (整改台账) follows each county's items from run to run. A county row keeps its
-- items as the ledger reads them (the run's assessment date, then level, entity, criterion, department,
-- gap, unit, village and masked head per item, gzipped), so that a ledger over a dozen runs does not read
-- their reports. NULL in rows stored before it: the ledger then reads the items from results_gz. Where
-- it is set, the run's counties_sha256 covers it.
ALTER TABLE run_county ADD COLUMN ledger_gz BYTEA;
