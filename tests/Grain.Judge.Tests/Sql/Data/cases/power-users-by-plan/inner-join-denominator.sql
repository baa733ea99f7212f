-- expect: fail
-- engines: sqlite postgres duckdb
-- The inner join leaves accounts without activity out of the denominator.
WITH days AS (
  SELECT a.account_id, a.plan, COUNT(DISTINCT u.activity_date) AS days
  FROM accounts AS a JOIN activity AS u ON u.account_id = a.account_id
  GROUP BY a.account_id, a.plan
)
SELECT plan, COUNT(*), SUM(CASE WHEN days >= 5 THEN 1 ELSE 0 END),
       ROUND(1.0 * SUM(CASE WHEN days >= 5 THEN 1 ELSE 0 END) / COUNT(*), 4)
FROM days GROUP BY plan ORDER BY plan
