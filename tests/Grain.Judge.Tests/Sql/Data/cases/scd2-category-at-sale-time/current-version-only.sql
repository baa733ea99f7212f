-- expect: fail
-- Today's category, not the one in force at the sale.
SELECT s.sale_id, v.category, s.qty * v.list_price
FROM sales AS s
LEFT JOIN product_versions AS v ON v.product_id = s.product_id AND v.valid_to IS NULL
