-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 4, 'Devon T.', 163000, 2, 162000 UNION ALL SELECT 6, 'Finley O.', 170000, 4, 163000
