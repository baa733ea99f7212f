-- plan (text) and seats (integer) from attributes 'k=v;k=v' (any order, spaces, missing keys).
-- Columns: contact_id, plan, seats; any order.
SELECT
FROM contacts
