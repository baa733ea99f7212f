-- expect: fail
-- Values compared with the previous row only: a lost message does not end the run.
WITH marked AS (
  SELECT gauge_id, seq, kpa,
         CASE WHEN kpa = LAG(kpa) OVER (PARTITION BY gauge_id ORDER BY seq) THEN 0 ELSE 1 END AS starts
  FROM readings
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
