-- expect: fail
-- engines: sqlite
-- Minutes from julianday differences carry float error: exactly 960 minutes becomes 960.0000004 and breaches.
WITH spans AS (
  SELECT ticket_id, priority, opened_at, COALESCE(first_response_at, '2024-03-28 17:00:00') AS stopped_at FROM tickets
),
worked AS (
  SELECT s.ticket_id,
         (julianday(CASE WHEN s.stopped_at < b.closes_at THEN s.stopped_at ELSE b.closes_at END)
          - julianday(CASE WHEN s.opened_at > b.opens_at THEN s.opened_at ELSE b.opens_at END)) * 1440 AS minutes
  FROM spans AS s JOIN business_hours AS b ON b.opens_at < s.stopped_at AND b.closes_at > s.opened_at
),
totals AS (
  SELECT s.ticket_id, s.priority, COALESCE(SUM(w.minutes), 0) AS bm
  FROM spans AS s LEFT JOIN worked AS w ON w.ticket_id = s.ticket_id
  GROUP BY s.ticket_id, s.priority
)
SELECT ticket_id, priority, bm, CASE WHEN bm > CASE WHEN priority = 'high' THEN 240 ELSE 960 END THEN 1 ELSE 0 END
FROM totals
