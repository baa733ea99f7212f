WITH active_days AS (
  SELECT DISTINCT account_id, activity_date, date_trunc('month', activity_date) AS month_start
  FROM activity
),
monthly AS (
  SELECT month_start,
         COUNT(DISTINCT account_id) AS mau,
         COUNT(*) AS account_days,
         day(last_day(month_start)) AS days_in_month
  FROM active_days
  GROUP BY month_start
)
SELECT strftime(month_start, '%Y-%m') AS month, mau,
       ROUND(account_days / days_in_month, 2) AS avg_dau,
       ROUND(account_days / days_in_month / mau, 4) AS stickiness
FROM monthly
ORDER BY month_start
