-- expect: fail
-- Sorting the source as text puts import before web.
WITH ranked AS (
  SELECT lower(trim(email)) AS email, contact_id,
         ROW_NUMBER() OVER (PARTITION BY lower(trim(email)) ORDER BY updated_at DESC, source, contact_id) AS rn,
         COUNT(*) OVER (PARTITION BY lower(trim(email))) AS records
  FROM contacts
  WHERE NULLIF(trim(email), '') IS NOT NULL
)
SELECT email, contact_id, records FROM ranked WHERE rn = 1
