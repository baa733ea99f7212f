WITH islands AS (
  SELECT gauge_id, kpa, seq,
         seq - ROW_NUMBER() OVER (PARTITION BY gauge_id, kpa ORDER BY seq) AS island
  FROM readings
  WHERE kpa IS NOT NULL
)
SELECT gauge_id, kpa, MIN(seq) AS first_seq, MAX(seq) AS last_seq, COUNT(*) AS messages
FROM islands
GROUP BY gauge_id, kpa, island
HAVING COUNT(*) >= 3
