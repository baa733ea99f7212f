-- expect: fail
-- The range test in WHERE turns the LEFT JOIN into an inner join.
SELECT s.sale_id, v.category, s.qty * v.list_price
FROM sales AS s
LEFT JOIN product_versions AS v ON v.product_id = s.product_id
WHERE v.valid_from <= s.sold_at AND (s.sold_at < v.valid_to OR v.valid_to IS NULL)
