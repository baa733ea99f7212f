WITH daily AS (
  SELECT activity_date, COUNT(DISTINCT account_id) AS active_accounts
  FROM activity
  GROUP BY activity_date
),
first_days AS (
  SELECT account_id, MIN(activity_date) AS first_day
  FROM activity
  GROUP BY account_id
),
newcomers AS (
  SELECT first_day, COUNT(*) AS new_accounts FROM first_days GROUP BY first_day
)
SELECT d.activity_date,
       d.active_accounts,
       SUM(COALESCE(n.new_accounts, 0)) OVER (
         ORDER BY d.activity_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS accounts_to_date
FROM daily AS d
LEFT JOIN newcomers AS n ON n.first_day = d.activity_date
