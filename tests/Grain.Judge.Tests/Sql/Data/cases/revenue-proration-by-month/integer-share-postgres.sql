-- expect: fail
-- engines: postgres
-- Divides the day counts first: integer division makes every partial month's share 0.
WITH months AS (
  SELECT month_start, (month_start + interval '1 month' - interval '1 day')::date AS month_end
  FROM calendar_months
),
shares AS (
  SELECT m.month_start,
         (LEAST(c.end_date, m.month_end) - GREATEST(c.start_date, m.month_start) + 1)
         / (c.end_date - c.start_date + 1) * c.amount AS recognized
  FROM months AS m
  JOIN contracts AS c ON c.start_date <= m.month_end AND c.end_date >= m.month_start
)
SELECT m.month_start, COALESCE(SUM(s.recognized), 0) AS recognized
FROM months AS m
LEFT JOIN shares AS s ON s.month_start = m.month_start
GROUP BY m.month_start
ORDER BY m.month_start
