-- expect: fail
-- A blank email trims to '' and becomes a bogus person (hidden data only).
WITH r AS (
  SELECT lower(trim(email)) AS email, signup_id,
         ROW_NUMBER() OVER (PARTITION BY lower(trim(email)) ORDER BY signed_up_at, signup_id) AS rn,
         COUNT(*) OVER (PARTITION BY lower(trim(email))) AS n
  FROM signups WHERE email IS NOT NULL
)
SELECT email, n, signup_id FROM r WHERE rn = 1
