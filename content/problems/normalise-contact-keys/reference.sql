WITH cleaned AS (
  SELECT contact_id,
         NULLIF(lower(trim(email)), '') AS email,
         NULLIF(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '') AS digits
  FROM contacts
)
SELECT contact_id,
       email,
       CASE
         WHEN digits LIKE '00%' THEN substr(digits, 3)
         WHEN digits LIKE '0%' THEN '46' || substr(digits, 2)
         ELSE digits
       END AS phone
FROM cleaned
