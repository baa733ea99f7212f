-- expect: fail
-- engines: sqlite
-- Comparing without COALESCE: a NULL side makes the test unknown and the day disappears.
WITH t AS (SELECT date(ordered_at) AS day, COUNT(*) AS cnt FROM orders GROUP BY 1)
SELECT COALESCE(s.day, t.day), COALESCE(s.row_count, 0), COALESCE(t.cnt, 0)
FROM source_daily_counts AS s
FULL OUTER JOIN t ON t.day = s.day
WHERE s.row_count <> t.cnt
ORDER BY 1
