-- Rows of snapshot_0630 missing from snapshot_0701 ('removed') and the reverse ('added'); NULLs compare equal.
-- Columns: change, customer_id, email, tier; any order.
SELECT
FROM snapshot_0630
