-- expect: fail
-- engines: sqlite
-- Without a ';' at the end, the value of the last key has no separator to stop at.
WITH prepared AS (
  SELECT contact_id, ';' || replace(attributes, ' ', '') AS s FROM contacts
)
SELECT contact_id,
       CASE WHEN instr(s, ';plan=') > 0
            THEN substr(s, instr(s, ';plan=') + 6, instr(substr(s, instr(s, ';plan=') + 6), ';') - 1) END,
       CASE WHEN instr(s, ';seats=') > 0
            THEN CAST(substr(s, instr(s, ';seats=') + 7, instr(substr(s, instr(s, ';seats=') + 7), ';') - 1) AS INTEGER) END
FROM prepared
