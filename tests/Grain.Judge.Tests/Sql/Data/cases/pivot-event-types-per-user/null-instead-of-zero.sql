-- expect: fail
-- engines: duckdb
-- verdict: WA
-- A user with no purchase gets NULL, not 0.
SELECT user_id, "view" AS views, "cart" AS carts, "purchase" AS purchases
FROM (PIVOT events ON event_type IN ('view', 'cart', 'purchase') USING sum(1) GROUP BY user_id)
