WITH RECURSIVE days(day) AS (
  SELECT DATE '2024-03-01'
  UNION ALL
  SELECT day + 1 FROM days WHERE day < DATE '2024-03-07'
)
SELECT a.account_id,
       d.day,
       CASE WHEN EXISTS (
         SELECT 1 FROM activity AS x
         WHERE x.account_id = a.account_id AND x.activity_date = d.day
       ) THEN 1 ELSE 0 END AS active
FROM accounts AS a
CROSS JOIN days AS d
