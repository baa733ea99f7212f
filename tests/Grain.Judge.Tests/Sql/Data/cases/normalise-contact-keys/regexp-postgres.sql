-- expect: pass
-- engines: postgres
WITH cleaned AS (
  SELECT contact_id, NULLIF(lower(btrim(email)), '') AS email,
         NULLIF(regexp_replace(phone, '[^0-9]', '', 'g'), '') AS digits
  FROM contacts
)
SELECT contact_id, email,
       CASE WHEN digits ~ '^00' THEN substr(digits, 3) WHEN digits ~ '^0' THEN '46' || substr(digits, 2) ELSE digits END
FROM cleaned
