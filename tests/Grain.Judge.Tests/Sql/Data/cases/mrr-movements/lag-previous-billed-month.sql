-- expect: fail
-- engines: sqlite postgres duckdb
-- LAG compares with the last billed month, not the previous calendar month: comebacks look like
-- expansion or no change, and the churn of the gap month is never reported.
WITH lagged AS (
  SELECT b.account_id, b.month_start, b.mrr,
         LAG(b.mrr) OVER (PARTITION BY b.account_id ORDER BY b.month_start) AS prev_mrr
  FROM billing AS b
)
SELECT c.month_start,
       COALESCE(SUM(CASE WHEN l.prev_mrr IS NULL THEN l.mrr END), 0) AS new_mrr,
       COALESCE(SUM(CASE WHEN l.mrr > l.prev_mrr THEN l.mrr - l.prev_mrr END), 0) AS expansion_mrr,
       COALESCE(SUM(CASE WHEN l.mrr < l.prev_mrr THEN l.prev_mrr - l.mrr END), 0) AS contraction_mrr,
       0 AS churned_mrr,
       0 AS reactivation_mrr
FROM calendar_months AS c
LEFT JOIN lagged AS l ON l.month_start = c.month_start
GROUP BY c.month_start
ORDER BY c.month_start
