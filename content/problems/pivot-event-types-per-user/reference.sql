SELECT user_id, COALESCE("view", 0) AS views, COALESCE("cart", 0) AS carts, COALESCE("purchase", 0) AS purchases
FROM (PIVOT events ON event_type IN ('view', 'cart', 'purchase') USING count(*) GROUP BY user_id)
