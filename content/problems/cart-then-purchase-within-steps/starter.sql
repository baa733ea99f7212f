-- Per user: carts (cart steps) and converted (carts followed by a purchase within the next 3 steps); any order.
SELECT
FROM users
LEFT JOIN events ON events.user_id = users.user_id
