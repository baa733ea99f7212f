SELECT strftime(opened_on, '%Y-%m') AS month,
       SUM(CASE WHEN priority = 'P1' THEN 1 ELSE 0 END) AS p1,
       SUM(CASE WHEN priority = 'P2' THEN 1 ELSE 0 END) AS p2,
       SUM(CASE WHEN priority = 'P3' THEN 1 ELSE 0 END) AS p3,
       SUM(CASE WHEN closed_on IS NULL THEN 1 ELSE 0 END) AS still_open,
       SUM(CASE WHEN closed_on = opened_on THEN 1 ELSE 0 END) AS same_day
FROM tickets
GROUP BY 1
ORDER BY 1
