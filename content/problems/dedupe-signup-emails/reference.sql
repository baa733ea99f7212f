WITH cleaned AS (
  SELECT signup_id, signed_up_at, lower(trim(email)) AS email
  FROM signups
  WHERE email IS NOT NULL AND trim(email) <> ''
),
ranked AS (
  SELECT email, signup_id,
         ROW_NUMBER() OVER (PARTITION BY email ORDER BY signed_up_at, signup_id) AS rn,
         COUNT(*) OVER (PARTITION BY email) AS signups
  FROM cleaned
)
SELECT email, signups, signup_id AS first_signup_id
FROM ranked
WHERE rn = 1
