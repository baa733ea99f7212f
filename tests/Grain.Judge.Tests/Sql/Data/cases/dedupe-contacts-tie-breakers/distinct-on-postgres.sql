-- expect: pass
-- engines: postgres
SELECT DISTINCT ON (k) k, contact_id, COUNT(*) OVER (PARTITION BY k)
FROM (SELECT *, NULLIF(lower(btrim(email)), '') AS k FROM contacts) AS c
WHERE k IS NOT NULL
ORDER BY k, updated_at DESC, CASE source WHEN 'crm' THEN 1 WHEN 'web' THEN 2 ELSE 3 END, contact_id
