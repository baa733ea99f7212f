-- expect: fail
-- engines: sqlite postgres duckdb
-- Conversions without a counting touch are dropped by the inner join: no 'direct' row.
WITH eligible AS (
  SELECT c.conversion_id, c.revenue, t.channel,
         ROW_NUMBER() OVER (PARTITION BY c.conversion_id ORDER BY t.touched_at, t.touch_id) AS f,
         ROW_NUMBER() OVER (PARTITION BY c.conversion_id ORDER BY t.touched_at DESC, t.touch_id DESC) AS l,
         COUNT(*) OVER (PARTITION BY c.conversion_id) AS n
  FROM conversions AS c JOIN touches AS t ON t.user_id = c.user_id AND t.touched_at <= c.converted_at
)
SELECT ch.channel,
       COALESCE(SUM(CASE WHEN e.f = 1 THEN e.revenue END), 0),
       COALESCE(SUM(CASE WHEN e.l = 1 THEN e.revenue END), 0),
       COALESCE(SUM(1.0 * e.revenue / e.n), 0)
FROM (SELECT DISTINCT channel FROM touches) AS ch
LEFT JOIN eligible AS e ON e.channel = ch.channel
GROUP BY ch.channel ORDER BY ch.channel
