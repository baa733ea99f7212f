-- expect: fail
-- Grouped from results: a tournament nobody has played yet has no row at all.
WITH ranked AS (
  SELECT r.tournament_id, r.score, t.paid_places,
         DENSE_RANK() OVER (PARTITION BY r.tournament_id ORDER BY r.score DESC) AS place
  FROM results AS r
  JOIN tournaments AS t ON t.tournament_id = r.tournament_id
  WHERE r.score IS NOT NULL
)
SELECT tournament_id, MAX(CASE WHEN place = paid_places THEN score END) AS prize_line
FROM ranked
GROUP BY tournament_id
