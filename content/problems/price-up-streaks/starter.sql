-- Longest run of consecutive up closes per symbol, and the day it ended (latest run on ties).
-- Columns: symbol, longest_streak, streak_end; any order.
SELECT
FROM prices
