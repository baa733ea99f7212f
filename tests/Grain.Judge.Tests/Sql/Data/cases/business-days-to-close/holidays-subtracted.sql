-- expect: fail
-- engines: sqlite
-- Weekdays minus every holiday in the range also subtracts holidays that fall on a Saturday.
WITH RECURSIVE days(d) AS (
  SELECT MIN(opened_on) FROM tickets
  UNION ALL
  SELECT date(d, '+1 day') FROM days
  WHERE d < (SELECT MAX(x) FROM (SELECT opened_on AS x FROM tickets UNION ALL SELECT closed_on FROM tickets) AS b)
),
numbered AS (
  SELECT d, SUM(CASE WHEN strftime('%w', d) NOT IN ('0', '6') THEN 1 ELSE 0 END) OVER (ORDER BY d) AS n FROM days
)
SELECT t.ticket_id,
       c.n - o.n - (SELECT COUNT(*) FROM holidays AS h WHERE h.holiday > t.opened_on AND h.holiday <= t.closed_on)
FROM tickets AS t
JOIN numbered AS o ON o.d = t.opened_on
LEFT JOIN numbered AS c ON c.d = t.closed_on
