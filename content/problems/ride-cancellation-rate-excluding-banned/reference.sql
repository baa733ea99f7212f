WITH flagged AS (
  SELECT date(r.requested_at) AS day,
         CASE WHEN NOT rider.banned AND NOT COALESCE(driver.banned, FALSE) THEN 1 ELSE 0 END AS counted,
         CASE WHEN r.status IN ('cancelled_by_rider', 'cancelled_by_driver') THEN 1 ELSE 0 END AS cancelled
  FROM ride_requests AS r
  JOIN members AS rider ON rider.member_id = r.rider_id
  LEFT JOIN members AS driver ON driver.member_id = r.driver_id
)
SELECT day,
       SUM(counted) AS counted_requests,
       1.0 * SUM(counted * cancelled) / NULLIF(SUM(counted), 0) AS cancellation_rate
FROM flagged
GROUP BY day
ORDER BY day
