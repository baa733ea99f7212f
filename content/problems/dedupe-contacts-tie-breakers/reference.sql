WITH keyed AS (
  SELECT contact_id, updated_at, source, NULLIF(lower(trim(email)), '') AS email
  FROM contacts
),
ranked AS (
  SELECT email, contact_id,
         ROW_NUMBER() OVER (
           PARTITION BY email
           ORDER BY updated_at DESC,
                    CASE source WHEN 'crm' THEN 1 WHEN 'web' THEN 2 ELSE 3 END,
                    contact_id
         ) AS rn,
         COUNT(*) OVER (PARTITION BY email) AS records
  FROM keyed
  WHERE email IS NOT NULL
)
SELECT email, contact_id, records
FROM ranked
WHERE rn = 1
