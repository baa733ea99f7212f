-- expect: fail
-- ROW_NUMBER counts tied players as separate places, so the line is set too high.
WITH ranked AS (
  SELECT tournament_id, score,
         ROW_NUMBER() OVER (PARTITION BY tournament_id ORDER BY score DESC) AS place
  FROM results
  WHERE score IS NOT NULL
)
SELECT t.tournament_id, r.score
FROM tournaments AS t
LEFT JOIN ranked AS r ON r.tournament_id = t.tournament_id AND r.place = t.paid_places
