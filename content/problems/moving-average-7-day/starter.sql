-- Average close over the current and 6 previous rows of the same symbol.
-- Columns: symbol, day, close, avg_7 (any order).
SELECT symbol, day, close
FROM prices
