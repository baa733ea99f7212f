WITH counts AS (
  SELECT plan, COALESCE(country, 'unknown') AS country, COUNT(*) AS accounts
  FROM accounts
  GROUP BY plan, COALESCE(country, 'unknown')
)
SELECT plan, country, accounts,
       DENSE_RANK() OVER (PARTITION BY plan ORDER BY accounts DESC) AS country_rank
FROM counts
