-- One row per contact with the normalised email (trimmed, lower case, blank -> NULL)
-- and phone (digits only, 00 dropped, a leading 0 -> 46, none -> NULL).
-- Columns: contact_id, email, phone; any order.
SELECT
FROM contacts
