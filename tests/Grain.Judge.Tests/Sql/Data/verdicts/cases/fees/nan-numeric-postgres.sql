-- engines: postgres
-- expect: fail
-- verdict: WA
SELECT id, CASE WHEN id = 1 THEN 'NaN'::numeric ELSE fee END FROM members
