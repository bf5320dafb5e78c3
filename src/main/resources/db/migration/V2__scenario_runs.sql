-- Scenario runs: a what-if evaluated on a stored run's input snapshot with that run's stored rules
-- and parameters (plus the scenario's overrides). A scenario run is a run like any other (its own
-- firings, hashes, report, place in the chain); these columns link it to its baseline and keep the
-- scenario as posted. All NULL for an ordinary run, whose record hash is therefore unchanged.
-- The record hash of a scenario run covers all four columns (see RecordHash).

ALTER TABLE run ADD COLUMN baseline_id VARCHAR(36);     -- the run whose input the scenario changed
ALTER TABLE run ADD COLUMN scenario_name VARCHAR(255);  -- the scenario's "name" (cut to 255; the text is whole)
ALTER TABLE run ADD COLUMN scenario_json VARCHAR;       -- the scenario text as posted (UTF-8)
ALTER TABLE run ADD COLUMN scenario_flips INT;          -- entities whose status or failed criteria differ

ALTER TABLE run ADD CONSTRAINT run_baseline FOREIGN KEY (baseline_id) REFERENCES run (id);

CREATE INDEX run_by_baseline ON run (baseline_id);
