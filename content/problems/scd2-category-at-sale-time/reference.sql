SELECT s.sale_id,
       v.category,
       s.qty * v.list_price AS revenue
FROM sales AS s
LEFT JOIN product_versions AS v
  ON v.product_id = s.product_id
 AND v.valid_from <= s.sold_at
 AND (s.sold_at < v.valid_to OR v.valid_to IS NULL)
