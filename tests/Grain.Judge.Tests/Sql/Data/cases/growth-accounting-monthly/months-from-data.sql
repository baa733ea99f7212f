-- expect: fail
-- engines: sqlite
-- Months come from the activity itself, so the empty April row and its churn are missing.
WITH active AS (
  SELECT DISTINCT account_id, strftime('%Y-%m', activity_date) AS month FROM activity
),
first_month AS (SELECT account_id, MIN(month) AS month FROM active GROUP BY account_id)
SELECT cur.month,
       SUM(CASE WHEN f.month = cur.month THEN 1 ELSE 0 END),
       SUM(CASE WHEN f.month <> cur.month AND prev.account_id IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN f.month <> cur.month AND prev.account_id IS NULL THEN 1 ELSE 0 END),
       (SELECT COUNT(*) FROM active AS p
        WHERE p.month = strftime('%Y-%m', date(cur.month || '-01', '-1 month'))
          AND NOT EXISTS (SELECT 1 FROM active AS c WHERE c.account_id = p.account_id AND c.month = cur.month))
FROM active AS cur
JOIN first_month AS f ON f.account_id = cur.account_id
LEFT JOIN active AS prev ON prev.account_id = cur.account_id
 AND prev.month = strftime('%Y-%m', date(cur.month || '-01', '-1 month'))
GROUP BY cur.month
ORDER BY cur.month
