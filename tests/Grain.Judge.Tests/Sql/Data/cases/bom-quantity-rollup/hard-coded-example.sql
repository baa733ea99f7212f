-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 1, 4, 64 UNION ALL SELECT 1, 6, 16 UNION ALL SELECT 1, 7, 2 UNION ALL SELECT 1, 8, 4
