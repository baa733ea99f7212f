-- expect: fail
-- engines: sqlite postgres duckdb
-- Lists only channels that received credit, so a channel that never led to a purchase (tv) has no zero row.
WITH eligible AS (
  SELECT c.conversion_id, c.revenue, t.channel,
         ROW_NUMBER() OVER (PARTITION BY c.conversion_id ORDER BY t.touched_at, t.touch_id) AS from_first,
         ROW_NUMBER() OVER (PARTITION BY c.conversion_id ORDER BY t.touched_at DESC, t.touch_id DESC) AS from_last,
         COUNT(*) OVER (PARTITION BY c.conversion_id) AS touches
  FROM conversions AS c
  JOIN touches AS t ON t.user_id = c.user_id AND t.touched_at <= c.converted_at
),
credits AS (
  SELECT channel,
         CASE WHEN from_first = 1 THEN revenue ELSE 0 END AS first_touch,
         CASE WHEN from_last = 1 THEN revenue ELSE 0 END AS last_touch,
         1.0 * revenue / touches AS linear
  FROM eligible
  UNION ALL
  SELECT 'direct', c.revenue, c.revenue, c.revenue
  FROM conversions AS c
  WHERE NOT EXISTS (SELECT 1 FROM touches AS t WHERE t.user_id = c.user_id AND t.touched_at <= c.converted_at)
)
SELECT channel, SUM(first_touch) AS first_touch, SUM(last_touch) AS last_touch, SUM(linear) AS linear
FROM credits
GROUP BY channel
ORDER BY channel
