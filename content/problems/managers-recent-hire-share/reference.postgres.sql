WITH extract AS (
  SELECT MAX(hired) AS as_of FROM employees
)
SELECT m.id AS manager_id,
       m.name,
       COUNT(*) AS direct_reports,
       AVG(CASE WHEN x.as_of - r.hired < 365 THEN 1.0 ELSE 0 END) AS recent_share
FROM employees AS m
JOIN employees AS r ON r.manager_id = m.id
CROSS JOIN extract AS x
GROUP BY m.id, m.name
HAVING COUNT(*) >= 3
