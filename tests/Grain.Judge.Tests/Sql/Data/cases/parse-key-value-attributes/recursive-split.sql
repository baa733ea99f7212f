-- expect: pass
-- engines: sqlite, duckdb
WITH RECURSIVE pairs(contact_id, pair, rest) AS (
  SELECT contact_id, '', replace(attributes, ' ', '') || ';' FROM contacts
  UNION ALL
  SELECT contact_id, substr(rest, 1, instr(rest, ';') - 1), substr(rest, instr(rest, ';') + 1)
  FROM pairs WHERE rest <> ''
),
kv AS (
  SELECT contact_id, substr(pair, 1, instr(pair, '=') - 1) AS k, substr(pair, instr(pair, '=') + 1) AS v
  FROM pairs WHERE instr(pair, '=') > 0
)
SELECT c.contact_id,
       MAX(CASE WHEN kv.k = 'plan' THEN kv.v END),
       CAST(MAX(CASE WHEN kv.k = 'seats' THEN kv.v END) AS INTEGER)
FROM contacts AS c
LEFT JOIN kv ON kv.contact_id = c.contact_id
GROUP BY c.contact_id
