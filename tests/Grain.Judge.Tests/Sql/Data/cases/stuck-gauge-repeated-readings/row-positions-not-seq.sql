-- expect: fail
-- The difference of two ROW_NUMBERs numbers row positions, not messages: 315 at seq 5, 7 and 8 looks like a run.
WITH islands AS (
  SELECT gauge_id, kpa, seq,
         ROW_NUMBER() OVER (PARTITION BY gauge_id ORDER BY seq)
         - ROW_NUMBER() OVER (PARTITION BY gauge_id, kpa ORDER BY seq) AS island
  FROM readings
  WHERE kpa IS NOT NULL
)
SELECT gauge_id, kpa, MIN(seq), MAX(seq), COUNT(*)
FROM islands
GROUP BY gauge_id, kpa, island
HAVING COUNT(*) >= 3
