-- engines: postgres
-- expect: fail
-- verdict: WA
SELECT id, CASE WHEN id = 1 THEN 'Infinity'::float8 ELSE fee END FROM members
