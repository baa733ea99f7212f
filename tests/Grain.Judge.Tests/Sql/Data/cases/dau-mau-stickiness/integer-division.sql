-- expect: fail
-- engines: sqlite
-- Integer division: account-days / days-in-month truncates to 0 or a whole number.
WITH active_days AS (
  SELECT DISTINCT account_id, activity_date, strftime('%Y-%m', activity_date) AS month FROM activity
),
monthly AS (
  SELECT month, COUNT(DISTINCT account_id) AS mau, COUNT(*) AS account_days,
         CAST(strftime('%d', date(month || '-01', '+1 month', '-1 day')) AS INTEGER) AS days_in_month
  FROM active_days GROUP BY month
)
SELECT month, mau, account_days / days_in_month, ROUND(1.0 * (account_days / days_in_month) / mau, 4)
FROM monthly ORDER BY month
