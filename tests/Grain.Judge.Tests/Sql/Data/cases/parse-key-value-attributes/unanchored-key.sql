-- expect: fail
-- engines: sqlite, duckdb
-- Searching for 'plan=' without a leading separator also finds 'oldplan=' and 'seatsmax='.
WITH prepared AS (SELECT contact_id, replace(attributes, ' ', '') || ';' AS s FROM contacts)
SELECT contact_id,
       CASE WHEN instr(s, 'plan=') > 0 THEN substr(s, instr(s, 'plan=') + 5, instr(substr(s, instr(s, 'plan=') + 5), ';') - 1) END,
       CASE WHEN instr(s, 'seats') > 0 AND instr(s, 'seats=') > 0 THEN CAST(substr(s, instr(s, 'seats=') + 6, instr(substr(s, instr(s, 'seats=') + 6), ';') - 1) AS INTEGER) END
FROM prepared
