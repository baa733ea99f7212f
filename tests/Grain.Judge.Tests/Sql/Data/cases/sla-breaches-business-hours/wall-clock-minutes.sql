-- expect: fail
-- engines: sqlite
-- Wall-clock minutes: nights and weekends count.
SELECT ticket_id, priority,
       (strftime('%s', COALESCE(first_response_at, '2024-03-28 17:00:00')) - strftime('%s', opened_at)) / 60.0 AS m,
       CASE WHEN (strftime('%s', COALESCE(first_response_at, '2024-03-28 17:00:00')) - strftime('%s', opened_at)) / 60.0
                 > CASE WHEN priority = 'high' THEN 240 ELSE 960 END THEN 1 ELSE 0 END
FROM tickets
