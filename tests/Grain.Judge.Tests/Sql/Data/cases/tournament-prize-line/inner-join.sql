-- expect: fail
-- An inner join keeps only tournaments that have an N-th distinct score; the NULL rows are lost.
WITH ranked AS (
  SELECT tournament_id, score,
         DENSE_RANK() OVER (PARTITION BY tournament_id ORDER BY score DESC) AS place
  FROM results
  WHERE score IS NOT NULL
)
SELECT DISTINCT t.tournament_id, r.score
FROM tournaments AS t
JOIN ranked AS r ON r.tournament_id = t.tournament_id AND r.place = t.paid_places
