-- expect: fail
-- engines: sqlite
-- AVG over the per-day counts skips the days nobody was active (the May outage, quiet days).
WITH daily AS (
  SELECT activity_date, strftime('%Y-%m', activity_date) AS month, COUNT(DISTINCT account_id) AS dau
  FROM activity GROUP BY activity_date
),
mau AS (
  SELECT strftime('%Y-%m', activity_date) AS month, COUNT(DISTINCT account_id) AS mau
  FROM activity GROUP BY 1
)
SELECT d.month, m.mau, ROUND(AVG(d.dau), 2), ROUND(AVG(d.dau) / m.mau, 4)
FROM daily AS d JOIN mau AS m ON m.month = d.month
GROUP BY d.month, m.mau
ORDER BY d.month
