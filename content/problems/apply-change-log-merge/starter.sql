-- The customers table after applying the change log: customer_id, email, tier, updated_at; any order.
SELECT
FROM customers
