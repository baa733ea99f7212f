-- One row per purchase: purchase_id, user_id, last_view_time (latest earlier view of that user, or NULL).
SELECT
FROM events
WHERE event_type = 'purchase'
