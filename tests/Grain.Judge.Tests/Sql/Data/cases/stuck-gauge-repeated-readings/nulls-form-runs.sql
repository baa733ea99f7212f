-- expect: fail
-- The row-number trick without dropping NULLs: a run of empty messages is reported as stuck.
WITH islands AS (
  SELECT gauge_id, kpa, seq,
         seq - ROW_NUMBER() OVER (PARTITION BY gauge_id, kpa ORDER BY seq) AS island
  FROM readings
)
SELECT gauge_id, kpa, MIN(seq), MAX(seq), COUNT(*)
FROM islands
GROUP BY gauge_id, kpa, island
HAVING COUNT(*) >= 3
