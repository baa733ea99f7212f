-- expect: fail
-- engines: postgres
-- An inner join to the driver drops every request no driver accepted, and those are all cancellations.
SELECT CAST(r.requested_at AS date) AS day,
       COUNT(*) FILTER (WHERE NOT rider.banned AND NOT driver.banned) AS counted_requests,
       1.0 * COUNT(*) FILTER (WHERE NOT rider.banned AND NOT driver.banned AND r.status <> 'completed')
         / NULLIF(COUNT(*) FILTER (WHERE NOT rider.banned AND NOT driver.banned), 0) AS cancellation_rate
FROM ride_requests AS r
JOIN members AS rider ON rider.member_id = r.rider_id
JOIN members AS driver ON driver.member_id = r.driver_id
GROUP BY CAST(r.requested_at AS date)
ORDER BY day
