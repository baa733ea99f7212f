-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 'removed', 2, 'bo@example.com', NULL UNION ALL SELECT 'added', 2, 'bo@example.com', 'silver' UNION ALL SELECT 'removed', 4, 'dee@example.com', 'bronze' UNION ALL SELECT 'added', 5, 'eve@example.com', NULL
