-- expect: fail
-- engines: postgres
-- The accounts without a country keep a NULL label instead of 'unknown'.
SELECT country, COUNT(*) FILTER (WHERE plan = 'free'), COUNT(*) FILTER (WHERE plan = 'pro'),
       COUNT(*) FILTER (WHERE plan = 'team'), COUNT(*)
FROM accounts
GROUP BY country
