-- expect: fail
-- engines: postgres
-- NULL scores are not filtered: PostgreSQL sorts them first under DESC, so a did-not-finish takes place 1.
WITH ranked AS (
  SELECT tournament_id, score,
         DENSE_RANK() OVER (PARTITION BY tournament_id ORDER BY score DESC) AS place
  FROM results
)
SELECT t.tournament_id, MAX(r.score)
FROM tournaments AS t
LEFT JOIN ranked AS r ON r.tournament_id = t.tournament_id AND r.place = t.paid_places
GROUP BY t.tournament_id
