-- expect: fail
-- engines: duckdb
-- NTH_VALUE over the raw rows: a repeated session value takes two positions.
WITH thirds AS (
  SELECT DISTINCT account_id,
         NTH_VALUE(sessions, 3) OVER (PARTITION BY account_id ORDER BY sessions DESC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS third_highest
  FROM activity
)
SELECT a.account_id, t.third_highest
FROM accounts AS a LEFT JOIN thirds AS t ON t.account_id = a.account_id
