WITH active AS (
  SELECT DISTINCT account_id, strftime('%Y-%m', activity_date) AS month
  FROM activity
),
months(month) AS (
  SELECT MIN(month) FROM active
  UNION ALL
  SELECT strftime('%Y-%m', date(month || '-01', '+1 month')) FROM months
  WHERE month < (SELECT MAX(month) FROM active)
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
   AND prev.month = strftime('%Y-%m', date(cur.month || '-01', '-1 month'))
  UNION ALL
  SELECT strftime('%Y-%m', date(prev.month || '-01', '+1 month')), 'churned'
  FROM active AS prev
  LEFT JOIN active AS cur
    ON cur.account_id = prev.account_id
   AND cur.month = strftime('%Y-%m', date(prev.month || '-01', '+1 month'))
  WHERE cur.account_id IS NULL
)
SELECT m.month,
       COALESCE(SUM(CASE WHEN l.status = 'new' THEN 1 ELSE 0 END), 0) AS new,
       COALESCE(SUM(CASE WHEN l.status = 'retained' THEN 1 ELSE 0 END), 0) AS retained,
       COALESCE(SUM(CASE WHEN l.status = 'resurrected' THEN 1 ELSE 0 END), 0) AS resurrected,
       COALESCE(SUM(CASE WHEN l.status = 'churned' THEN 1 ELSE 0 END), 0) AS churned
FROM months AS m
LEFT JOIN labelled AS l ON l.month = m.month
GROUP BY m.month
ORDER BY m.month
