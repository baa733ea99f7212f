-- expect: fail
-- engines: sqlite postgres
-- Integer division: the share is 0 for every plan but one where everyone is a power user.
WITH days AS (
  SELECT a.account_id, a.plan, COUNT(DISTINCT u.activity_date) AS days
  FROM accounts AS a LEFT JOIN activity AS u ON u.account_id = a.account_id
  GROUP BY a.account_id, a.plan
)
SELECT plan, COUNT(*), SUM(CASE WHEN days >= 5 THEN 1 ELSE 0 END),
       SUM(CASE WHEN days >= 5 THEN 1 ELSE 0 END) / COUNT(*)
FROM days GROUP BY plan ORDER BY plan
