-- expect: fail
-- engines: sqlite postgres duckdb
-- First and last touch found with MIN/MAX of the time and joined back: both touches of a tie get the
-- full revenue.
WITH counting AS (
  SELECT c.conversion_id, c.revenue, t.channel, t.touched_at
  FROM conversions AS c JOIN touches AS t ON t.user_id = c.user_id AND t.touched_at <= c.converted_at
),
bounds AS (
  SELECT conversion_id, MIN(touched_at) AS first_at, MAX(touched_at) AS last_at, COUNT(*) AS n
  FROM counting GROUP BY conversion_id
),
credits AS (
  SELECT k.channel,
         CASE WHEN k.touched_at = b.first_at THEN k.revenue ELSE 0 END AS ft,
         CASE WHEN k.touched_at = b.last_at THEN k.revenue ELSE 0 END AS lt,
         1.0 * k.revenue / b.n AS li
  FROM counting AS k JOIN bounds AS b ON b.conversion_id = k.conversion_id
  UNION ALL
  SELECT 'direct', revenue, revenue, revenue FROM conversions AS c
  WHERE NOT EXISTS (SELECT 1 FROM touches AS t WHERE t.user_id = c.user_id AND t.touched_at <= c.converted_at)
),
channels AS (SELECT channel FROM touches UNION SELECT channel FROM credits)
SELECT ch.channel, COALESCE(SUM(ft), 0), COALESCE(SUM(lt), 0), COALESCE(SUM(li), 0)
FROM channels AS ch LEFT JOIN credits AS cr ON cr.channel = ch.channel
GROUP BY ch.channel ORDER BY ch.channel
