-- expect: fail
-- engines: duckdb
-- verdict: WA
-- The user's latest view overall, even one after the purchase.
SELECT p.event_id AS purchase_id, p.user_id, (SELECT MAX(v.event_time) FROM events AS v WHERE v.user_id = p.user_id AND v.event_type = 'view') AS last_view_time
FROM events AS p
WHERE p.event_type = 'purchase'
