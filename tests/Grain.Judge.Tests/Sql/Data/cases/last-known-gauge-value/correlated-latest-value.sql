-- expect: pass
-- engines: sqlite
-- A correlated subquery per report: the latest earlier-or-same report with a value.
SELECT r.reading_id,
       (SELECT p.value FROM readings AS p
        WHERE p.sensor_id = r.sensor_id AND p.value IS NOT NULL
          AND (p.read_at < r.read_at OR (p.read_at = r.read_at AND p.reading_id <= r.reading_id))
        ORDER BY p.read_at DESC, p.reading_id DESC LIMIT 1) AS value_filled
FROM readings AS r
