-- expect: fail
-- engines: sqlite
-- NOT IN with a NULL driver_id is NULL, not true: requests no driver accepted stop counting.
SELECT date(requested_at) AS day,
       SUM(CASE WHEN ok THEN 1 ELSE 0 END) AS counted_requests,
       1.0 * SUM(CASE WHEN ok AND status <> 'completed' THEN 1 ELSE 0 END) / NULLIF(SUM(CASE WHEN ok THEN 1 ELSE 0 END), 0) AS cancellation_rate
FROM (
  SELECT r.*,
         COALESCE(r.rider_id NOT IN (SELECT member_id FROM members WHERE banned)
                  AND r.driver_id NOT IN (SELECT member_id FROM members WHERE banned), FALSE) AS ok
  FROM ride_requests AS r
) AS q
GROUP BY 1
ORDER BY 1
