-- expect: fail
-- The date range sits in WHERE, which removes the NULL rows of idle accounts: no 0 bucket.
WITH per_account AS (
  SELECT a.account_id, COUNT(DISTINCT u.activity_date) AS days_active
  FROM accounts AS a
  LEFT JOIN activity AS u ON u.account_id = a.account_id
  WHERE u.activity_date BETWEEN '2024-06-03' AND '2024-06-30'
  GROUP BY a.account_id
)
SELECT days_active, COUNT(*) FROM per_account GROUP BY days_active ORDER BY days_active
