-- expect: fail
-- engines: sqlite
-- COUNT counts the zeros too.
SELECT strftime('%Y-%m', opened_on),
       COUNT(CASE WHEN priority = 'P1' THEN 1 ELSE 0 END), COUNT(CASE WHEN priority = 'P2' THEN 1 ELSE 0 END),
       COUNT(CASE WHEN priority = 'P3' THEN 1 ELSE 0 END), COUNT(CASE WHEN closed_on IS NULL THEN 1 ELSE 0 END),
       COUNT(CASE WHEN closed_on = opened_on THEN 1 ELSE 0 END)
FROM tickets GROUP BY 1 ORDER BY 1
