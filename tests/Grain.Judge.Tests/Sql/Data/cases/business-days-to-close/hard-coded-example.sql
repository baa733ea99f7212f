-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 1, 2 UNION ALL SELECT 2, 0 UNION ALL SELECT 3, 3 UNION ALL SELECT 4, NULL UNION ALL SELECT 5, 1
