-- expect: fail
-- engines: sqlite
-- Trimming without lower-casing keeps 'Noor@Example.com' and 'noor@example.com' apart.
WITH c AS (SELECT signup_id, signed_up_at, trim(email) AS email FROM signups WHERE trim(email) <> ''),
r AS (SELECT email, signup_id, ROW_NUMBER() OVER (PARTITION BY email ORDER BY signed_up_at, signup_id) AS rn, COUNT(*) OVER (PARTITION BY email) AS n FROM c)
SELECT email, n, signup_id FROM r WHERE rn = 1
