-- expect: fail
-- engines: sqlite, duckdb
-- Splitting before trimming: a leading space gives an empty first name.
SELECT contact_id,
       CASE WHEN instr(full_name, ',') > 0 THEN trim(substr(full_name, instr(full_name, ',') + 1))
            WHEN instr(full_name, ' ') > 0 THEN substr(full_name, 1, instr(full_name, ' ') - 1)
            ELSE full_name END,
       CASE WHEN instr(full_name, ',') > 0 THEN trim(substr(full_name, 1, instr(full_name, ',') - 1))
            WHEN instr(full_name, ' ') > 0 THEN trim(substr(full_name, instr(full_name, ' ') + 1)) END
FROM contacts
