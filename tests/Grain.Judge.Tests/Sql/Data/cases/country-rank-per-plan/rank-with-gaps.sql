-- expect: fail
-- engines: sqlite
-- RANK leaves gaps after ties: 1, 1, 3 instead of 1, 1, 2.
WITH counts AS (
  SELECT plan, COALESCE(country, 'unknown') AS country, COUNT(*) AS accounts
  FROM accounts GROUP BY plan, COALESCE(country, 'unknown')
)
SELECT plan, country, accounts, RANK() OVER (PARTITION BY plan ORDER BY accounts DESC) FROM counts
