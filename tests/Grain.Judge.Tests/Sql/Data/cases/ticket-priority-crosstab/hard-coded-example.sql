-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT '2024-12', 1, 1, 1, 0, 1 UNION ALL SELECT '2025-01', 1, 1, 0, 1, 0 ORDER BY 1
