WITH prepared AS (
  SELECT contact_id, ';' || replace(attributes, ' ', '') || ';' AS s
  FROM contacts
),
found AS (
  SELECT contact_id, s,
         instr(s, ';plan=') AS plan_at,
         instr(s, ';seats=') AS seats_at
  FROM prepared
)
SELECT contact_id,
       CASE WHEN plan_at > 0
            THEN substr(s, plan_at + 6, instr(substr(s, plan_at + 6), ';') - 1) END AS plan,
       CASE WHEN seats_at > 0
            THEN CAST(substr(s, seats_at + 7, instr(substr(s, seats_at + 7), ';') - 1) AS INTEGER) END AS seats
FROM found
