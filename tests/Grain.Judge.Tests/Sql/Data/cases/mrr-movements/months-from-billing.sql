-- expect: fail
-- engines: sqlite postgres duckdb
-- Months come from billing, so April (no rows) and its churn are missing.
WITH billed AS (
  SELECT c.month_no, b.month_start, b.account_id, b.mrr
  FROM billing AS b JOIN calendar_months AS c ON c.month_start = b.month_start
),
first_month AS (SELECT account_id, MIN(month_no) AS month_no FROM billed GROUP BY account_id)
SELECT cur.month_start,
       SUM(CASE WHEN f.month_no = cur.month_no THEN cur.mrr ELSE 0 END),
       SUM(CASE WHEN cur.mrr > prev.mrr THEN cur.mrr - prev.mrr ELSE 0 END),
       SUM(CASE WHEN cur.mrr < prev.mrr THEN prev.mrr - cur.mrr ELSE 0 END),
       (SELECT COALESCE(SUM(p.mrr), 0) FROM billed AS p
        WHERE p.month_no = cur.month_no - 1
          AND NOT EXISTS (SELECT 1 FROM billed AS q WHERE q.account_id = p.account_id AND q.month_no = cur.month_no)),
       SUM(CASE WHEN prev.mrr IS NULL AND f.month_no < cur.month_no THEN cur.mrr ELSE 0 END)
FROM billed AS cur
JOIN first_month AS f ON f.account_id = cur.account_id
LEFT JOIN billed AS prev ON prev.account_id = cur.account_id AND prev.month_no = cur.month_no - 1
GROUP BY cur.month_no, cur.month_start
ORDER BY cur.month_no
