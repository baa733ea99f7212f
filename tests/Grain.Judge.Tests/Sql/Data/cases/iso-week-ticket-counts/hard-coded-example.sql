-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT '2024-W51', '2024-12-16', 1 UNION ALL SELECT '2024-W52', '2024-12-23', 1 UNION ALL SELECT '2025-W01', '2024-12-30', 2 UNION ALL SELECT '2025-W02', '2025-01-06', 1 ORDER BY 2
