-- expect: fail
-- engines: sqlite postgres duckdb
-- Reads "at least 5 days" as more than 5, so accounts with exactly 5 distinct days are left out.
WITH active_days AS (
  SELECT a.account_id, a.plan, COUNT(DISTINCT u.activity_date) AS days
  FROM accounts AS a
  LEFT JOIN activity AS u ON u.account_id = a.account_id
  GROUP BY a.account_id, a.plan
)
SELECT plan, COUNT(*) AS accounts,
       SUM(CASE WHEN days > 5 THEN 1 ELSE 0 END) AS power_users,
       ROUND(1.0 * SUM(CASE WHEN days > 5 THEN 1 ELSE 0 END) / COUNT(*), 4) AS power_share
FROM active_days
GROUP BY plan
ORDER BY plan
