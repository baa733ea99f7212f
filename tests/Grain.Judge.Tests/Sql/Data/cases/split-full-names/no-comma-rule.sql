-- expect: fail
-- engines: sqlite, duckdb
-- 'Lund, Saga' becomes first name 'Lund,' and family name 'Saga'.
WITH named AS (SELECT contact_id, trim(full_name) AS nm FROM contacts)
SELECT contact_id,
       CASE WHEN instr(nm, ' ') > 0 THEN substr(nm, 1, instr(nm, ' ') - 1) ELSE nm END,
       CASE WHEN instr(nm, ' ') > 0 THEN trim(substr(nm, instr(nm, ' ') + 1)) END
FROM named
