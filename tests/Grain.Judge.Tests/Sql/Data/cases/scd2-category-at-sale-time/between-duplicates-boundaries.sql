-- expect: fail
-- BETWEEN is closed on both ends: a sale on a boundary matches two versions.
SELECT s.sale_id, v.category, s.qty * v.list_price
FROM sales AS s
LEFT JOIN product_versions AS v
  ON v.product_id = s.product_id
 AND s.sold_at BETWEEN v.valid_from AND COALESCE(v.valid_to, '9999-12-31 00:00:00')
