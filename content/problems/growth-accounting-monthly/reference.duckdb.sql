WITH active AS (
  SELECT DISTINCT account_id, date_trunc('month', activity_date)::date AS month
  FROM activity
),
months AS (
  SELECT unnest(generate_series(MIN(month), MAX(month), interval '1 month'))::date AS month FROM active
),
first_month AS (
  SELECT account_id, MIN(month) AS month FROM active GROUP BY account_id
),
labelled AS (
  SELECT cur.month,
         CASE
           WHEN f.month = cur.month THEN 'new'
           WHEN prev.account_id IS NOT NULL THEN 'retained'
           ELSE 'resurrected'
         END AS status
  FROM active AS cur
  JOIN first_month AS f ON f.account_id = cur.account_id
  LEFT JOIN active AS prev
    ON prev.account_id = cur.account_id
   AND prev.month = (cur.month - interval '1 month')::date
  UNION ALL
  SELECT (prev.month + interval '1 month')::date, 'churned'
  FROM active AS prev
  LEFT JOIN active AS cur
    ON cur.account_id = prev.account_id
   AND cur.month = (prev.month + interval '1 month')::date
  WHERE cur.account_id IS NULL
)
SELECT strftime(m.month, '%Y-%m') AS month,
       COUNT(*) FILTER (WHERE l.status = 'new') AS new,
       COUNT(*) FILTER (WHERE l.status = 'retained') AS retained,
       COUNT(*) FILTER (WHERE l.status = 'resurrected') AS resurrected,
       COUNT(*) FILTER (WHERE l.status = 'churned') AS churned
FROM months AS m
LEFT JOIN labelled AS l ON l.month = m.month
GROUP BY m.month
ORDER BY m.month
