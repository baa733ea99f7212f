WITH per_account AS (
  SELECT a.account_id, COUNT(DISTINCT u.activity_date) AS days_active
  FROM accounts AS a
  LEFT JOIN activity AS u
    ON u.account_id = a.account_id
   AND u.activity_date >= '2024-06-03'
   AND u.activity_date <= '2024-06-30'
  GROUP BY a.account_id
)
SELECT days_active, COUNT(*) AS accounts
FROM per_account
GROUP BY days_active
ORDER BY days_active
