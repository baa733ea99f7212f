-- expect: fail
-- engines: postgres
-- No NULLIF: the day on which every request involves a banned member divides by zero on PostgreSQL.
SELECT CAST(r.requested_at AS date) AS day,
       SUM(CASE WHEN NOT rider.banned AND NOT COALESCE(driver.banned, FALSE) THEN 1 ELSE 0 END) AS counted_requests,
       1.0 * SUM(CASE WHEN NOT rider.banned AND NOT COALESCE(driver.banned, FALSE) AND r.status <> 'completed' THEN 1 ELSE 0 END)
         / SUM(CASE WHEN NOT rider.banned AND NOT COALESCE(driver.banned, FALSE) THEN 1 ELSE 0 END) AS cancellation_rate
FROM ride_requests AS r
JOIN members AS rider ON rider.member_id = r.rider_id
LEFT JOIN members AS driver ON driver.member_id = r.driver_id
GROUP BY 1
ORDER BY 1
