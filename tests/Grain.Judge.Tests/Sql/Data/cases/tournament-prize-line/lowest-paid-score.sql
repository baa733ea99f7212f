-- expect: fail
-- The lowest score among the top paid_places distinct scores: a tournament with fewer distinct scores than paid places gets its lowest score instead of NULL.
WITH ranked AS (
  SELECT tournament_id, score,
         DENSE_RANK() OVER (PARTITION BY tournament_id ORDER BY score DESC) AS place
  FROM results
  WHERE score IS NOT NULL
)
SELECT t.tournament_id, MIN(r.score) AS prize_line
FROM tournaments AS t
LEFT JOIN ranked AS r ON r.tournament_id = t.tournament_id AND r.place <= t.paid_places
GROUP BY t.tournament_id
