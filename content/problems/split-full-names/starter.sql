-- first_name and last_name from full_name ('Family, First' or 'First Rest of name'; one word -> last_name NULL).
-- Columns: contact_id, first_name, last_name; any order.
SELECT
FROM contacts
