-- expect: fail
-- engines: sqlite
-- The statement's example answer typed in: right on the example rows only.
SELECT 1, 2, 'ARN', 'GOT', 'CPH', 45 UNION ALL SELECT 1, 5, 'ARN', 'GOT', 'OSL', 240 UNION ALL SELECT 2, 7, 'GOT', 'CPH', 'OSL', 80 UNION ALL SELECT 3, 7, 'GOT', 'CPH', 'OSL', 95
