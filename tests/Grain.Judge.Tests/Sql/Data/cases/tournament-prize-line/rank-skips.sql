-- expect: fail
-- RANK skips places after a tie, so the N-th place is missing or lands on the wrong score.
WITH ranked AS (
  SELECT DISTINCT tournament_id, score,
         RANK() OVER (PARTITION BY tournament_id ORDER BY score DESC) AS place
  FROM results
  WHERE score IS NOT NULL
)
SELECT t.tournament_id, r.score
FROM tournaments AS t
LEFT JOIN ranked AS r ON r.tournament_id = t.tournament_id AND r.place = t.paid_places
