-- expect: fail
-- engines: sqlite postgres duckdb
-- No time condition: touches after the purchase still earn credit.
WITH eligible AS (
  SELECT c.conversion_id, c.revenue, t.channel,
         ROW_NUMBER() OVER (PARTITION BY c.conversion_id ORDER BY t.touched_at, t.touch_id) AS f,
         ROW_NUMBER() OVER (PARTITION BY c.conversion_id ORDER BY t.touched_at DESC, t.touch_id DESC) AS l,
         COUNT(*) OVER (PARTITION BY c.conversion_id) AS n
  FROM conversions AS c JOIN touches AS t ON t.user_id = c.user_id
),
credits AS (
  SELECT channel, CASE WHEN f = 1 THEN revenue ELSE 0 END AS ft, CASE WHEN l = 1 THEN revenue ELSE 0 END AS lt,
         1.0 * revenue / n AS li
  FROM eligible
  UNION ALL
  SELECT 'direct', revenue, revenue, revenue FROM conversions AS c
  WHERE NOT EXISTS (SELECT 1 FROM touches AS t WHERE t.user_id = c.user_id)
),
channels AS (SELECT channel FROM touches UNION SELECT channel FROM credits)
SELECT ch.channel, COALESCE(SUM(ft), 0), COALESCE(SUM(lt), 0), COALESCE(SUM(li), 0)
FROM channels AS ch LEFT JOIN credits AS cr ON cr.channel = ch.channel
GROUP BY ch.channel ORDER BY ch.channel
