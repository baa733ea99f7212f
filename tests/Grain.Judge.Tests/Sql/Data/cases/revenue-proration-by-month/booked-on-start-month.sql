-- expect: fail
-- engines: sqlite postgres duckdb
-- The whole amount is booked in the month the contract starts.
SELECT m.month_start, COALESCE(SUM(c.amount), 0)
FROM calendar_months AS m
LEFT JOIN contracts AS c
  ON c.start_date >= m.month_start
 AND c.start_date < (SELECT MIN(n.month_start) FROM calendar_months AS n WHERE n.month_no = m.month_no + 1)
GROUP BY m.month_start ORDER BY m.month_start
