WITH target AS (
  SELECT CAST(ordered_at AS date) AS day, COUNT(*) AS cnt
  FROM orders
  GROUP BY CAST(ordered_at AS date)
)
SELECT COALESCE(s.day, t.day) AS day,
       COALESCE(s.row_count, 0) AS source_rows,
       COALESCE(t.cnt, 0) AS target_rows
FROM source_daily_counts AS s
FULL OUTER JOIN target AS t ON t.day = s.day
WHERE COALESCE(s.row_count, 0) <> COALESCE(t.cnt, 0)
ORDER BY 1
