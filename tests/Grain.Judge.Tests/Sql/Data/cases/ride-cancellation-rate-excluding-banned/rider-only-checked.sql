-- expect: fail
-- engines: sqlite
-- Only the rider's ban is checked: requests with a banned driver still count.
SELECT date(r.requested_at) AS day,
       SUM(CASE WHEN NOT rider.banned THEN 1 ELSE 0 END) AS counted_requests,
       1.0 * SUM(CASE WHEN NOT rider.banned AND r.status <> 'completed' THEN 1 ELSE 0 END)
           / NULLIF(SUM(CASE WHEN NOT rider.banned THEN 1 ELSE 0 END), 0) AS cancellation_rate
FROM ride_requests AS r
JOIN members AS rider ON rider.member_id = r.rider_id
GROUP BY 1
ORDER BY 1
