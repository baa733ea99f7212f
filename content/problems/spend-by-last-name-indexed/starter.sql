-- Customers named Quinn and what they paid in total.
-- Columns: id, total (any order). The plan must search BoughtItem through boughtitem_customer.
SELECT
FROM Customer AS c
