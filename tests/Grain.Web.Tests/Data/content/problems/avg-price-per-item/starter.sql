-- Average price actually paid per item that was bought at least once.
-- Columns: title, average (any order).
SELECT
FROM BoughtItem
