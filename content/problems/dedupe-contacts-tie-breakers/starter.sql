-- One survivor per lower(trim(email)) (blank/NULL emails left out): latest updated_at,
-- then source crm > web > import, then smallest contact_id. Columns: email, contact_id, records; any order.
SELECT
FROM contacts
