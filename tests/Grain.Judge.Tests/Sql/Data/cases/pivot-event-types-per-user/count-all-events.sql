-- expect: fail
-- engines: duckdb
-- verdict: WA
-- Counts every event in each column instead of one type per column.
SELECT user_id, COUNT(*) AS views, COUNT(*) AS carts, COUNT(*) AS purchases
FROM events
GROUP BY user_id
