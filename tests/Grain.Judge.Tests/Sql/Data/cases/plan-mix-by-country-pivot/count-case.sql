-- expect: pass
-- engines: sqlite
SELECT COALESCE(country, 'unknown'), COUNT(CASE WHEN plan = 'free' THEN 1 END),
       COUNT(CASE WHEN plan = 'pro' THEN 1 END), COUNT(CASE WHEN plan = 'team' THEN 1 END), COUNT(*)
FROM accounts
GROUP BY 1
