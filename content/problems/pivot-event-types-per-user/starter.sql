-- One row per user with events: user_id, views, carts, purchases (0 when none), any order.
SELECT *
FROM (PIVOT events ON event_type USING count(*) GROUP BY user_id)
