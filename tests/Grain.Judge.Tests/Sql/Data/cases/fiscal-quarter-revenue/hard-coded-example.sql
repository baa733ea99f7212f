-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 'FY2024-Q4', 100.00, 1 UNION ALL SELECT 'FY2025-Q1', 330.50, 2 UNION ALL SELECT 'FY2025-Q2', 19.50, 1 UNION ALL SELECT 'FY2025-Q3', 300.00, 1 UNION ALL SELECT 'FY2025-Q4', 45.25, 1 ORDER BY 1
