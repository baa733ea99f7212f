WITH billed AS (
  SELECT c.month_no, b.account_id, b.mrr
  FROM billing AS b
  JOIN calendar_months AS c ON c.month_start = b.month_start
),
first_month AS (
  SELECT account_id, MIN(month_no) AS month_no FROM billed GROUP BY account_id
),
moves AS (
  SELECT cur.month_no,
         CASE WHEN f.month_no = cur.month_no THEN cur.mrr ELSE 0 END AS new_mrr,
         CASE WHEN prev.mrr IS NOT NULL AND cur.mrr > prev.mrr THEN cur.mrr - prev.mrr ELSE 0 END AS expansion_mrr,
         CASE WHEN prev.mrr IS NOT NULL AND cur.mrr < prev.mrr THEN prev.mrr - cur.mrr ELSE 0 END AS contraction_mrr,
         0 AS churned_mrr,
         CASE WHEN prev.mrr IS NULL AND f.month_no < cur.month_no THEN cur.mrr ELSE 0 END AS reactivation_mrr
  FROM billed AS cur
  JOIN first_month AS f ON f.account_id = cur.account_id
  LEFT JOIN billed AS prev ON prev.account_id = cur.account_id AND prev.month_no = cur.month_no - 1
  UNION ALL
  SELECT prev.month_no + 1, 0, 0, 0, prev.mrr, 0
  FROM billed AS prev
  LEFT JOIN billed AS cur ON cur.account_id = prev.account_id AND cur.month_no = prev.month_no + 1
  WHERE cur.account_id IS NULL
)
SELECT c.month_start,
       COALESCE(SUM(m.new_mrr), 0) AS new_mrr,
       COALESCE(SUM(m.expansion_mrr), 0) AS expansion_mrr,
       COALESCE(SUM(m.contraction_mrr), 0) AS contraction_mrr,
       COALESCE(SUM(m.churned_mrr), 0) AS churned_mrr,
       COALESCE(SUM(m.reactivation_mrr), 0) AS reactivation_mrr
FROM calendar_months AS c
LEFT JOIN moves AS m ON m.month_no = c.month_no
GROUP BY c.month_no, c.month_start
ORDER BY c.month_no
