-- expect: pass
-- engines: sqlite
-- Two NOT EXISTS probes into the banned members instead of two joins.
SELECT date(r.requested_at) AS day,
       SUM(CASE WHEN ok THEN 1 ELSE 0 END) AS counted_requests,
       ROUND(1.0 * SUM(CASE WHEN ok AND r.status <> 'completed' THEN 1 ELSE 0 END) / NULLIF(SUM(CASE WHEN ok THEN 1 ELSE 0 END), 0), 2) AS cancellation_rate
FROM (
  SELECT q.*,
         NOT EXISTS (SELECT 1 FROM members AS m WHERE m.banned AND m.member_id IN (q.rider_id, q.driver_id)) AS ok
  FROM ride_requests AS q
) AS r
GROUP BY 1
ORDER BY 1
