-- expect: fail
-- engines: sqlite
-- ROW_NUMBER over the raw rows: repeated values take two ranks, so the third row is not the third distinct value.
SELECT a.account_id, r.sessions AS third_highest
FROM accounts AS a
LEFT JOIN (
  SELECT account_id, sessions,
         ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY sessions DESC) AS rk
  FROM activity
) AS r ON r.account_id = a.account_id AND r.rk = 3
