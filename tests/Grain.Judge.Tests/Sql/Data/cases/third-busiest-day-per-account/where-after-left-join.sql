-- expect: fail
-- engines: postgres
-- The rank filter in WHERE turns the LEFT JOIN into an inner join: accounts without a third value vanish.
SELECT a.account_id, r.sessions AS third_highest
FROM accounts AS a
LEFT JOIN (
  SELECT account_id, sessions,
         DENSE_RANK() OVER (PARTITION BY account_id ORDER BY sessions DESC) AS rk
  FROM activity
) AS r ON r.account_id = a.account_id
WHERE r.rk = 3
GROUP BY a.account_id, r.sessions
