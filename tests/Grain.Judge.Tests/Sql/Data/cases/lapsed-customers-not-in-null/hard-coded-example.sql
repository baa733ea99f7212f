-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 3, NULL, '2024-05-02 08:00:00'
