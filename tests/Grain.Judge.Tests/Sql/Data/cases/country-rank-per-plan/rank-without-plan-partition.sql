-- expect: fail
-- engines: postgres
-- Counts per plan and country, but ranked across all plans at once.
SELECT plan, COALESCE(country, 'unknown') AS country, COUNT(*) AS accounts,
       DENSE_RANK() OVER (ORDER BY COUNT(*) DESC) AS country_rank
FROM accounts
GROUP BY plan, COALESCE(country, 'unknown')
