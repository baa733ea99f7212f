WITH cohorts AS (
  SELECT account_id, date_trunc('month', signup_date)::date AS cohort
  FROM accounts
),
offsets AS (
  SELECT DISTINCT c.account_id, c.cohort,
         (EXTRACT(YEAR FROM a.activity_date) * 12 + EXTRACT(MONTH FROM a.activity_date))
           - (EXTRACT(YEAR FROM c.cohort) * 12 + EXTRACT(MONTH FROM c.cohort)) AS month_offset
  FROM cohorts AS c
  JOIN activity AS a ON a.account_id = c.account_id
),
sizes AS (
  SELECT cohort, COUNT(*) AS accounts FROM cohorts GROUP BY cohort
)
SELECT to_char(s.cohort, 'YYYY-MM') AS cohort_month, s.accounts,
       COUNT(DISTINCT o.account_id) FILTER (WHERE o.month_offset = 0)::numeric / s.accounts AS m0,
       COUNT(DISTINCT o.account_id) FILTER (WHERE o.month_offset = 1)::numeric / s.accounts AS m1,
       COUNT(DISTINCT o.account_id) FILTER (WHERE o.month_offset = 2)::numeric / s.accounts AS m2,
       COUNT(DISTINCT o.account_id) FILTER (WHERE o.month_offset = 3)::numeric / s.accounts AS m3
FROM sizes AS s
LEFT JOIN offsets AS o ON o.cohort = s.cohort
GROUP BY s.cohort, s.accounts
ORDER BY s.cohort
