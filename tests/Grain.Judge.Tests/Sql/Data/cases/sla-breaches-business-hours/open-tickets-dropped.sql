-- expect: fail
-- engines: postgres duckdb
-- Unanswered tickets are filtered out, and tickets with no open-desk overlap vanish in the inner join.
SELECT t.ticket_id, t.priority,
       SUM(EXTRACT(EPOCH FROM LEAST(t.first_response_at, b.closes_at) - GREATEST(t.opened_at, b.opens_at)) / 60) AS m,
       CASE WHEN SUM(EXTRACT(EPOCH FROM LEAST(t.first_response_at, b.closes_at) - GREATEST(t.opened_at, b.opens_at)) / 60)
                 > CASE WHEN t.priority = 'high' THEN 240 ELSE 960 END THEN 1 ELSE 0 END
FROM tickets AS t
JOIN business_hours AS b ON b.opens_at < t.first_response_at AND b.closes_at > t.opened_at
WHERE t.first_response_at IS NOT NULL
GROUP BY t.ticket_id, t.priority
