-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT '2024-05-02', 0, 1 UNION ALL SELECT '2024-06-28', 3, 2 UNION ALL SELECT '2024-06-29', 0, 1 UNION ALL SELECT '2024-06-30', 4, 0 ORDER BY 1
