-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 'saga.lund@example.com', 2, 2 UNION ALL SELECT 'omar.k@example.com', 4, 2
