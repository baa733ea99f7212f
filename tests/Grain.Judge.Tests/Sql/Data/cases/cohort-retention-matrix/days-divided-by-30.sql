-- expect: fail
-- engines: sqlite
-- Month offsets from days / 30: 31 January to 1 February lands in m0.
WITH offsets AS (
  SELECT DISTINCT c.account_id, strftime('%Y-%m', c.signup_date) AS cohort_month,
         CAST((julianday(a.activity_date) - julianday(c.signup_date)) / 30 AS INTEGER) AS month_offset
  FROM accounts AS c JOIN activity AS a ON a.account_id = c.account_id
),
sizes AS (SELECT strftime('%Y-%m', signup_date) AS cohort_month, COUNT(*) AS n FROM accounts GROUP BY 1)
SELECT s.cohort_month, s.n,
       1.0 * COUNT(DISTINCT CASE WHEN month_offset = 0 THEN account_id END) / s.n,
       1.0 * COUNT(DISTINCT CASE WHEN month_offset = 1 THEN account_id END) / s.n,
       1.0 * COUNT(DISTINCT CASE WHEN month_offset = 2 THEN account_id END) / s.n,
       1.0 * COUNT(DISTINCT CASE WHEN month_offset = 3 THEN account_id END) / s.n
FROM sizes AS s LEFT JOIN offsets AS o ON o.cohort_month = s.cohort_month
GROUP BY s.cohort_month, s.n
ORDER BY s.cohort_month
