-- expect: fail
-- Without ELSE 0, an empty cell is NULL instead of 0.
SELECT COALESCE(country, 'unknown'),
       SUM(CASE WHEN plan = 'free' THEN 1 END), SUM(CASE WHEN plan = 'pro' THEN 1 END),
       SUM(CASE WHEN plan = 'team' THEN 1 END), COUNT(*)
FROM accounts
GROUP BY COALESCE(country, 'unknown')
