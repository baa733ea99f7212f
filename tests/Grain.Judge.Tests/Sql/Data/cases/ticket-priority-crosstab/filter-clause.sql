-- expect: pass
-- engines: sqlite, postgres
SELECT substr(CAST(opened_on AS TEXT), 1, 7) AS month,
       COUNT(*) FILTER (WHERE priority = 'P1'), COUNT(*) FILTER (WHERE priority = 'P2'),
       COUNT(*) FILTER (WHERE priority = 'P3'), COUNT(*) FILTER (WHERE closed_on IS NULL),
       COUNT(*) FILTER (WHERE closed_on = opened_on)
FROM tickets GROUP BY 1 ORDER BY 1
