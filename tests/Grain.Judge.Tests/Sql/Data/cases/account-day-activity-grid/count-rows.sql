-- expect: fail
-- engines: sqlite
-- Counting rows gives 2 for a day logged twice.
WITH RECURSIVE days(day) AS (
  SELECT '2024-03-01' UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < '2024-03-07'
)
SELECT a.account_id, d.day, COUNT(x.row_id)
FROM accounts AS a
CROSS JOIN days AS d
LEFT JOIN activity AS x ON x.account_id = a.account_id AND x.activity_date = d.day
GROUP BY a.account_id, d.day
