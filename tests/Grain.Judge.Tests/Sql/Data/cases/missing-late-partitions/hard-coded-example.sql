-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 'orders', '2024-06-28', 'late' UNION ALL SELECT 'orders', '2024-06-29', 'missing' UNION ALL SELECT 'payments', '2024-06-30', 'missing' ORDER BY 1, 2
