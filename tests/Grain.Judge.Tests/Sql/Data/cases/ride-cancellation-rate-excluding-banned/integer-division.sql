-- expect: fail
-- engines: sqlite
-- Integer divided by integer: every rate below 1 becomes 0 (on SQLite and PostgreSQL; DuckDB divides exactly).
SELECT date(r.requested_at) AS day,
       SUM(CASE WHEN NOT rider.banned AND NOT COALESCE(driver.banned, FALSE) THEN 1 ELSE 0 END) AS counted_requests,
       SUM(CASE WHEN NOT rider.banned AND NOT COALESCE(driver.banned, FALSE) AND r.status <> 'completed' THEN 1 ELSE 0 END)
         / NULLIF(SUM(CASE WHEN NOT rider.banned AND NOT COALESCE(driver.banned, FALSE) THEN 1 ELSE 0 END), 0) AS cancellation_rate
FROM ride_requests AS r
JOIN members AS rider ON rider.member_id = r.rider_id
LEFT JOIN members AS driver ON driver.member_id = r.driver_id
GROUP BY 1
ORDER BY 1
