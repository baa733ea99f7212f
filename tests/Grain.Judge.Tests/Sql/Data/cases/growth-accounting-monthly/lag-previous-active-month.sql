-- expect: fail
-- engines: postgres
-- LAG compares with the previous active month, so an account back after a gap counts as retained.
WITH active AS (
  SELECT DISTINCT account_id, date_trunc('month', activity_date)::date AS month FROM activity
),
months AS (SELECT generate_series(MIN(month), MAX(month), interval '1 month')::date AS month FROM active),
lagged AS (
  SELECT account_id, month,
         LAG(month) OVER (PARTITION BY account_id ORDER BY month) AS prev_month,
         LEAD(month) OVER (PARTITION BY account_id ORDER BY month) AS next_month
  FROM active
),
labelled AS (
  SELECT month, CASE WHEN prev_month IS NULL THEN 'new' ELSE 'retained' END AS status FROM lagged
  UNION ALL
  SELECT (month + interval '1 month')::date, 'churned' FROM lagged
  WHERE next_month IS NULL OR next_month > (month + interval '1 month')::date
)
SELECT to_char(m.month, 'YYYY-MM'),
       COUNT(*) FILTER (WHERE l.status = 'new'),
       COUNT(*) FILTER (WHERE l.status = 'retained'),
       COUNT(*) FILTER (WHERE l.status = 'resurrected'),
       COUNT(*) FILTER (WHERE l.status = 'churned')
FROM months AS m LEFT JOIN labelled AS l ON l.month = m.month
GROUP BY m.month
ORDER BY m.month
