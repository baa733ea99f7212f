-- expect: fail
-- engines: sqlite
-- Counting activity rows instead of distinct accounts: shares above 1.
WITH c AS (
  SELECT account_id, strftime('%Y-%m', signup_date) AS cm,
         CAST(strftime('%Y', signup_date) AS INTEGER) * 12 + CAST(strftime('%m', signup_date) AS INTEGER) AS ci
  FROM accounts),
s AS (SELECT cm, COUNT(*) AS n FROM c GROUP BY cm),
o AS (
  SELECT c.cm, CAST(strftime('%Y', a.activity_date) AS INTEGER) * 12 + CAST(strftime('%m', a.activity_date) AS INTEGER) - c.ci AS k
  FROM c JOIN activity AS a ON a.account_id = c.account_id)
SELECT s.cm, s.n,
       1.0 * SUM(CASE WHEN o.k = 0 THEN 1 ELSE 0 END) / s.n,
       1.0 * SUM(CASE WHEN o.k = 1 THEN 1 ELSE 0 END) / s.n,
       1.0 * SUM(CASE WHEN o.k = 2 THEN 1 ELSE 0 END) / s.n,
       1.0 * SUM(CASE WHEN o.k = 3 THEN 1 ELSE 0 END) / s.n
FROM s LEFT JOIN o ON o.cm = s.cm
GROUP BY s.cm, s.n ORDER BY s.cm
