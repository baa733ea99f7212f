-- expect: fail
-- LAG over all messages ordered by gauge and seq: a run continues into the next gauge when numbering is shared.
WITH marked AS (
  SELECT gauge_id, seq, kpa,
         CASE WHEN kpa = LAG(kpa) OVER (ORDER BY gauge_id, seq)
               AND seq = LAG(seq) OVER (ORDER BY gauge_id, seq) + 1 THEN 0 ELSE 1 END AS starts
  FROM readings
),
numbered AS (
  SELECT gauge_id, seq, kpa, SUM(starts) OVER (ORDER BY gauge_id, seq) AS run
  FROM marked
)
SELECT MIN(gauge_id), MIN(kpa), MIN(seq), MAX(seq), COUNT(*)
FROM numbered
WHERE kpa IS NOT NULL
GROUP BY run
HAVING COUNT(*) >= 3
