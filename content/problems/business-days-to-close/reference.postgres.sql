WITH RECURSIVE days(d) AS (
  SELECT MIN(opened_on) FROM tickets
  UNION ALL
  SELECT d + 1 FROM days
  WHERE d < (SELECT MAX(x) FROM (SELECT opened_on AS x FROM tickets UNION ALL SELECT closed_on FROM tickets) AS bounds)
),
numbered AS (
  SELECT d,
         SUM(CASE WHEN EXTRACT(ISODOW FROM d) < 6
                   AND NOT EXISTS (SELECT 1 FROM holidays AS h WHERE h.holiday = days.d)
                  THEN 1 ELSE 0 END) OVER (ORDER BY d) AS workday_no
  FROM days
)
SELECT t.ticket_id,
       c.workday_no - o.workday_no AS business_days
FROM tickets AS t
JOIN numbered AS o ON o.d = t.opened_on
LEFT JOIN numbered AS c ON c.d = t.closed_on
