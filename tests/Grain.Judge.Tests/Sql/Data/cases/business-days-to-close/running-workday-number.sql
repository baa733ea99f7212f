-- expect: pass
-- engines: postgres
WITH cal AS (
  SELECT d::date AS d,
         SUM(CASE WHEN EXTRACT(ISODOW FROM d) < 6 AND d::date NOT IN (SELECT holiday FROM holidays) THEN 1 ELSE 0 END)
           OVER (ORDER BY d) AS n
  FROM generate_series((SELECT MIN(opened_on) FROM tickets), (SELECT GREATEST(MAX(opened_on), MAX(closed_on)) FROM tickets), interval '1 day') AS d
)
SELECT t.ticket_id, c.n - o.n
FROM tickets AS t
JOIN cal AS o ON o.d = t.opened_on
LEFT JOIN cal AS c ON c.d = t.closed_on
