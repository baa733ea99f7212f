-- expect: fail
-- engines: sqlite
-- Days counted without the +1: a one-day contract divides by zero (NULL on SQLite) and every share is off.
WITH months AS (SELECT month_start, date(month_start, '+1 month', '-1 day') AS month_end FROM calendar_months),
shares AS (
  SELECT m.month_start,
         c.amount
         * (julianday(CASE WHEN c.end_date < m.month_end THEN c.end_date ELSE m.month_end END)
            - julianday(CASE WHEN c.start_date > m.month_start THEN c.start_date ELSE m.month_start END))
         / (julianday(c.end_date) - julianday(c.start_date)) AS recognized
  FROM months AS m JOIN contracts AS c ON c.start_date <= m.month_end AND c.end_date >= m.month_start
)
SELECT m.month_start, COALESCE(SUM(s.recognized), 0)
FROM months AS m LEFT JOIN shares AS s ON s.month_start = m.month_start
GROUP BY m.month_start ORDER BY m.month_start
