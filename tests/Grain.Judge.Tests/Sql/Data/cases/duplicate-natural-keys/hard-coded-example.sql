-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 'DHL', 'D0001234', 2, 1
