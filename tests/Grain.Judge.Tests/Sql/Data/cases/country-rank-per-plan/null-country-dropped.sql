-- expect: fail
-- engines: postgres
-- Accounts without a country are filtered out instead of grouped as 'unknown'.
SELECT plan, country, COUNT(*) AS accounts,
       DENSE_RANK() OVER (PARTITION BY plan ORDER BY COUNT(*) DESC) AS country_rank
FROM accounts
WHERE country IS NOT NULL
GROUP BY plan, country
