-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 1, 2, '2024-01-02 11:00:00' UNION ALL SELECT 3, 4, '2024-01-03 09:30:00'
