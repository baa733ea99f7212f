-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 'orders.customer_id', 1 UNION ALL SELECT 'refunds.order_id', 0
