WITH distinct_values AS (
  SELECT DISTINCT account_id, sessions FROM activity
),
ranked AS (
  SELECT account_id, sessions,
         DENSE_RANK() OVER (PARTITION BY account_id ORDER BY sessions DESC) AS rk
  FROM distinct_values
)
SELECT a.account_id, r.sessions AS third_highest
FROM accounts AS a
LEFT JOIN ranked AS r ON r.account_id = a.account_id AND r.rk = 3
