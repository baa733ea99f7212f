-- engines: sqlite
-- expect: fail
-- verdict: WA
SELECT id, CASE WHEN id = 1 THEN 'Infinity' ELSE fee END FROM members
