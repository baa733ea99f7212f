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
),
channels AS (
  SELECT channel FROM touches
  UNION
  SELECT channel FROM credits
)
SELECT ch.channel,
       COALESCE(SUM(cr.first_touch), 0) AS first_touch,
       COALESCE(SUM(cr.last_touch), 0) AS last_touch,
       COALESCE(SUM(cr.linear), 0) AS linear
FROM channels AS ch
LEFT JOIN credits AS cr ON cr.channel = ch.channel
GROUP BY ch.channel
ORDER BY ch.channel
