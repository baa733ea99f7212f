-- expect: fail
-- engines: sqlite
-- Banned requests filtered in WHERE: a day whose requests all involve a banned member disappears.
SELECT date(r.requested_at) AS day,
       COUNT(*) AS counted_requests,
       1.0 * SUM(CASE WHEN r.status LIKE 'cancelled%' THEN 1 ELSE 0 END) / COUNT(*) AS cancellation_rate
FROM ride_requests AS r
JOIN members AS rider ON rider.member_id = r.rider_id
LEFT JOIN members AS driver ON driver.member_id = r.driver_id
WHERE NOT rider.banned AND NOT COALESCE(driver.banned, FALSE)
GROUP BY date(r.requested_at)
ORDER BY day
