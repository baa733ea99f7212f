-- expect: pass
SELECT s.sale_id,
       (SELECT v.category FROM product_versions AS v
        WHERE v.product_id = s.product_id AND v.valid_from <= s.sold_at
        ORDER BY v.valid_from DESC LIMIT 1),
       s.qty * (SELECT v.list_price FROM product_versions AS v
                WHERE v.product_id = s.product_id AND v.valid_from <= s.sold_at
                ORDER BY v.valid_from DESC LIMIT 1)
FROM sales AS s
