-- expect: pass
-- engines: postgres
-- A correlated subquery per tournament with a per-row OFFSET (PostgreSQL only: SQLite and DuckDB refuse outer columns in OFFSET).
SELECT t.tournament_id,
       (SELECT DISTINCT r.score FROM results AS r
        WHERE r.tournament_id = t.tournament_id AND r.score IS NOT NULL
        ORDER BY r.score DESC
        LIMIT 1 OFFSET t.paid_places - 1) AS prize_line
FROM tournaments AS t
