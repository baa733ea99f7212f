-- expect: fail
-- engines: postgres
-- Cohort size counted from accounts with activity: accounts that never came back drop out.
WITH offsets AS (
  SELECT DISTINCT c.account_id, to_char(c.signup_date, 'YYYY-MM') AS cohort_month,
         (EXTRACT(YEAR FROM a.activity_date) * 12 + EXTRACT(MONTH FROM a.activity_date))
           - (EXTRACT(YEAR FROM c.signup_date) * 12 + EXTRACT(MONTH FROM c.signup_date)) AS k
  FROM accounts AS c JOIN activity AS a ON a.account_id = c.account_id
)
SELECT cohort_month, COUNT(DISTINCT account_id) AS n,
       COUNT(DISTINCT account_id) FILTER (WHERE k = 0)::numeric / COUNT(DISTINCT account_id),
       COUNT(DISTINCT account_id) FILTER (WHERE k = 1)::numeric / COUNT(DISTINCT account_id),
       COUNT(DISTINCT account_id) FILTER (WHERE k = 2)::numeric / COUNT(DISTINCT account_id),
       COUNT(DISTINCT account_id) FILTER (WHERE k = 3)::numeric / COUNT(DISTINCT account_id)
FROM offsets
GROUP BY cohort_month
ORDER BY cohort_month
