-- expect: fail
-- engines: sqlite
-- Divides the avg_dau already rounded to 2 places, so stickiness drifts in the fourth decimal.
WITH active_days AS (
  SELECT DISTINCT account_id, activity_date, strftime('%Y-%m', activity_date) AS month FROM activity
),
monthly AS (
  SELECT month, COUNT(DISTINCT account_id) AS mau, COUNT(*) AS account_days,
         CAST(strftime('%d', date(month || '-01', '+1 month', '-1 day')) AS INTEGER) AS days_in_month
  FROM active_days GROUP BY month
)
SELECT month, mau,
       ROUND(1.0 * account_days / days_in_month, 2) AS avg_dau,
       ROUND(ROUND(1.0 * account_days / days_in_month, 2) / mau, 4) AS stickiness
FROM monthly ORDER BY month
