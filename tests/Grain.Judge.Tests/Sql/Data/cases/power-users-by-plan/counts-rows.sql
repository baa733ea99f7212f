-- expect: fail
-- engines: sqlite postgres duckdb
-- Counts activity rows, so a day logged twice counts twice.
WITH days AS (
  SELECT a.account_id, a.plan, COUNT(u.row_id) AS days
  FROM accounts AS a LEFT JOIN activity AS u ON u.account_id = a.account_id
  GROUP BY a.account_id, a.plan
)
SELECT plan, COUNT(*), SUM(CASE WHEN days >= 5 THEN 1 ELSE 0 END),
       ROUND(1.0 * SUM(CASE WHEN days >= 5 THEN 1 ELSE 0 END) / COUNT(*), 4)
FROM days GROUP BY plan ORDER BY plan
