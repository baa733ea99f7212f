WITH horizons(day_n) AS (
  VALUES (1), (7), (30), (90), (120)
),
last_seen AS (
  SELECT a.account_id, a.signup_date,
         MAX(u.activity_date - a.signup_date) AS last_day
  FROM accounts AS a
  LEFT JOIN activity AS u ON u.account_id = a.account_id
  GROUP BY a.account_id, a.signup_date
)
SELECT h.day_n,
       COUNT(l.account_id) AS eligible_accounts,
       COALESCE(SUM(CASE WHEN l.last_day >= h.day_n THEN 1 ELSE 0 END), 0) AS retained_accounts,
       ROUND(1.0 * COALESCE(SUM(CASE WHEN l.last_day >= h.day_n THEN 1 ELSE 0 END), 0)
             / NULLIF(COUNT(l.account_id), 0), 4) AS retention_rate
FROM horizons AS h
LEFT JOIN last_seen AS l
  ON DATE '2024-06-30' - l.signup_date >= h.day_n
GROUP BY h.day_n
ORDER BY h.day_n
