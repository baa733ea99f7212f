-- For each user: user_id, first_steps = list of the first three event types in time order (ties: lower event_id).
SELECT user_id,
FROM events
GROUP BY user_id
