-- Every calendar day of each symbol's range, with the last known close carried forward.
-- Columns: symbol, day, close, traded (1 on trading days, 0 otherwise); any order.
SELECT
FROM prices
