-- expect: fail
-- COUNT(u.row_id) counts a day logged twice as two active days.
WITH per_account AS (
  SELECT a.account_id, COUNT(u.row_id) AS days_active
  FROM accounts AS a
  LEFT JOIN activity AS u
    ON u.account_id = a.account_id AND u.activity_date BETWEEN '2024-06-03' AND '2024-06-30'
  GROUP BY a.account_id
)
SELECT days_active, COUNT(*) FROM per_account GROUP BY days_active ORDER BY days_active
