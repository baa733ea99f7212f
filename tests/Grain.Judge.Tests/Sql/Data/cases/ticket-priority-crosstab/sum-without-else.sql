-- expect: fail
-- engines: sqlite
-- Without ELSE 0 a month with nothing to count gets NULL.
SELECT strftime('%Y-%m', opened_on),
       SUM(CASE WHEN priority = 'P1' THEN 1 END), SUM(CASE WHEN priority = 'P2' THEN 1 END),
       SUM(CASE WHEN priority = 'P3' THEN 1 END), SUM(CASE WHEN closed_on IS NULL THEN 1 END),
       SUM(CASE WHEN closed_on = opened_on THEN 1 END)
FROM tickets GROUP BY 1 ORDER BY 1
