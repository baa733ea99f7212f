-- expect: fail
-- engines: sqlite
-- Starting from the source loses days that only the warehouse has.
SELECT s.day, s.row_count, COALESCE(t.cnt, 0)
FROM source_daily_counts AS s
LEFT JOIN (SELECT date(ordered_at) AS day, COUNT(*) AS cnt FROM orders GROUP BY 1) AS t ON t.day = s.day
WHERE s.row_count <> COALESCE(t.cnt, 0)
ORDER BY 1
