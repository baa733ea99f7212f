WITH spans AS (
  SELECT ticket_id, priority, opened_at,
         COALESCE(first_response_at, TIMESTAMP '2024-03-28 17:00:00') AS stopped_at
  FROM tickets
),
worked AS (
  SELECT s.ticket_id,
         EXTRACT(EPOCH FROM LEAST(s.stopped_at, b.closes_at) - GREATEST(s.opened_at, b.opens_at)) / 60 AS minutes
  FROM spans AS s
  JOIN business_hours AS b ON b.opens_at < s.stopped_at AND b.closes_at > s.opened_at
),
totals AS (
  SELECT s.ticket_id, s.priority, COALESCE(SUM(w.minutes), 0) AS business_minutes
  FROM spans AS s
  LEFT JOIN worked AS w ON w.ticket_id = s.ticket_id
  GROUP BY s.ticket_id, s.priority
)
SELECT ticket_id, priority, business_minutes,
       CASE WHEN business_minutes > CASE WHEN priority = 'high' THEN 240 ELSE 960 END THEN 1 ELSE 0 END AS breached
FROM totals
