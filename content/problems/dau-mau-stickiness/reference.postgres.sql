WITH active_days AS (
  SELECT DISTINCT account_id, activity_date, date_trunc('month', activity_date)::date AS month_start
  FROM activity
),
monthly AS (
  SELECT month_start,
         COUNT(DISTINCT account_id) AS mau,
         COUNT(*) AS account_days,
         EXTRACT(DAY FROM month_start + interval '1 month' - interval '1 day')::integer AS days_in_month
  FROM active_days
  GROUP BY month_start
)
SELECT to_char(month_start, 'YYYY-MM') AS month, mau,
       ROUND(1.0 * account_days / days_in_month, 2) AS avg_dau,
       ROUND(1.0 * account_days / days_in_month / mau, 4) AS stickiness
FROM monthly
ORDER BY month_start
