WITH cohorts AS (
  SELECT account_id, strftime('%Y-%m', signup_date) AS cohort_month,
         CAST(strftime('%Y', signup_date) AS INTEGER) * 12 + CAST(strftime('%m', signup_date) AS INTEGER) AS cohort_index
  FROM accounts
),
offsets AS (
  SELECT DISTINCT c.account_id, c.cohort_month,
         CAST(strftime('%Y', a.activity_date) AS INTEGER) * 12 + CAST(strftime('%m', a.activity_date) AS INTEGER)
           - c.cohort_index AS month_offset
  FROM cohorts AS c
  JOIN activity AS a ON a.account_id = c.account_id
),
sizes AS (
  SELECT cohort_month, COUNT(*) AS accounts FROM cohorts GROUP BY cohort_month
)
SELECT s.cohort_month, s.accounts,
       1.0 * COUNT(DISTINCT CASE WHEN o.month_offset = 0 THEN o.account_id END) / s.accounts AS m0,
       1.0 * COUNT(DISTINCT CASE WHEN o.month_offset = 1 THEN o.account_id END) / s.accounts AS m1,
       1.0 * COUNT(DISTINCT CASE WHEN o.month_offset = 2 THEN o.account_id END) / s.accounts AS m2,
       1.0 * COUNT(DISTINCT CASE WHEN o.month_offset = 3 THEN o.account_id END) / s.accounts AS m3
FROM sizes AS s
LEFT JOIN offsets AS o ON o.cohort_month = s.cohort_month
GROUP BY s.cohort_month, s.accounts
ORDER BY s.cohort_month
