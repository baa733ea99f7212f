-- expect: fail
-- engines: postgres
-- LEFT JOIN to the driver, but NOT driver.banned is NULL for a request without a driver, so FILTER drops it: the inner-join bug in disguise.
SELECT CAST(r.requested_at AS date) AS day,
       COUNT(*) FILTER (WHERE NOT rider.banned AND NOT driver.banned) AS counted_requests,
       1.0 * COUNT(*) FILTER (WHERE NOT rider.banned AND NOT driver.banned AND r.status <> 'completed')
           / NULLIF(COUNT(*) FILTER (WHERE NOT rider.banned AND NOT driver.banned), 0) AS cancellation_rate
FROM ride_requests AS r
JOIN members AS rider ON rider.member_id = r.rider_id
LEFT JOIN members AS driver ON driver.member_id = r.driver_id
GROUP BY 1
ORDER BY 1
