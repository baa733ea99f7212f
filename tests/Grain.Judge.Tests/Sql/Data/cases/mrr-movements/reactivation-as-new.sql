-- expect: fail
-- engines: sqlite postgres duckdb
-- "New" read as "not billed last month": reactivations are reported as new MRR.
WITH billed AS (
  SELECT c.month_no, b.account_id, b.mrr
  FROM billing AS b JOIN calendar_months AS c ON c.month_start = b.month_start
),
moves AS (
  SELECT cur.month_no,
         CASE WHEN prev.mrr IS NULL THEN cur.mrr ELSE 0 END AS n,
         CASE WHEN cur.mrr > prev.mrr THEN cur.mrr - prev.mrr ELSE 0 END AS e,
         CASE WHEN cur.mrr < prev.mrr THEN prev.mrr - cur.mrr ELSE 0 END AS c,
         0 AS ch
  FROM billed AS cur
  LEFT JOIN billed AS prev ON prev.account_id = cur.account_id AND prev.month_no = cur.month_no - 1
  UNION ALL
  SELECT prev.month_no + 1, 0, 0, 0, prev.mrr
  FROM billed AS prev
  LEFT JOIN billed AS cur ON cur.account_id = prev.account_id AND cur.month_no = prev.month_no + 1
  WHERE cur.account_id IS NULL
)
SELECT c.month_start, COALESCE(SUM(n), 0), COALESCE(SUM(e), 0), COALESCE(SUM(m.c), 0), COALESCE(SUM(ch), 0), 0
FROM calendar_months AS c LEFT JOIN moves AS m ON m.month_no = c.month_no
GROUP BY c.month_no, c.month_start ORDER BY c.month_no
