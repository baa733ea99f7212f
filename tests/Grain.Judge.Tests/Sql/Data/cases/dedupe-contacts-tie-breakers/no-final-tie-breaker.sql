-- expect: fail
-- Without the contact_id tie-breaker, RANK keeps every record tied on time and source.
WITH ranked AS (
  SELECT lower(trim(email)) AS email, contact_id,
         RANK() OVER (PARTITION BY lower(trim(email))
                      ORDER BY updated_at DESC, CASE source WHEN 'crm' THEN 1 WHEN 'web' THEN 2 ELSE 3 END) AS rn,
         COUNT(*) OVER (PARTITION BY lower(trim(email))) AS records
  FROM contacts
  WHERE NULLIF(trim(email), '') IS NOT NULL
)
SELECT email, contact_id, records FROM ranked WHERE rn = 1
