-- A county code may be as long as any code of the input (200 characters, data-format.md); the county rows
-- took 64, so a longer code failed the upload at the database. SET DATA TYPE: what H2 and PostgreSQL share.
ALTER TABLE run_county ALTER COLUMN county_code SET DATA TYPE VARCHAR(200);
