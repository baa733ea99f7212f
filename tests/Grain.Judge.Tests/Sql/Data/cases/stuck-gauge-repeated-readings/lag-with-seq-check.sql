-- expect: pass
-- LAG on value and sequence number, a running count of run starts, then group.
WITH marked AS (
  SELECT gauge_id, seq, kpa,
         CASE WHEN kpa = LAG(kpa) OVER w AND seq = LAG(seq) OVER w + 1 THEN 0 ELSE 1 END AS starts
  FROM readings
  WINDOW w AS (PARTITION BY gauge_id ORDER BY seq)
),
numbered AS (
  SELECT gauge_id, seq, kpa, SUM(starts) OVER (PARTITION BY gauge_id ORDER BY seq) AS run
  FROM marked
)
SELECT gauge_id, kpa, MIN(seq), MAX(seq), COUNT(*)
FROM numbered
WHERE kpa IS NOT NULL
GROUP BY gauge_id, kpa, run
HAVING COUNT(*) >= 3
