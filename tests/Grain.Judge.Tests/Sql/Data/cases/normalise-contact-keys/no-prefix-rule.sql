-- expect: fail
-- Digits only, but 00 and the national 0 are left as typed.
SELECT contact_id, NULLIF(lower(trim(email)), ''),
       NULLIF(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '')
FROM contacts
