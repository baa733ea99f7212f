-- expect: pass
-- engines: sqlite
WITH t AS (SELECT date(ordered_at) AS day, COUNT(*) AS cnt FROM orders GROUP BY 1),
days AS (SELECT day FROM source_daily_counts UNION SELECT day FROM t)
SELECT d.day, COALESCE(s.row_count, 0) AS src, COALESCE(t.cnt, 0) AS tgt
FROM days AS d
LEFT JOIN source_daily_counts AS s ON s.day = d.day
LEFT JOIN t ON t.day = d.day
WHERE COALESCE(s.row_count, 0) <> COALESCE(t.cnt, 0)
ORDER BY d.day
