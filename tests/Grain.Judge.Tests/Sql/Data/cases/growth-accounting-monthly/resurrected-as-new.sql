-- expect: fail
-- engines: postgres
-- "New" read as "not active last month": resurrected accounts are counted as new.
WITH active AS (
  SELECT DISTINCT account_id, date_trunc('month', activity_date)::date AS m FROM activity),
months AS (
  SELECT generate_series(MIN(m), MAX(m), interval '1 month')::date AS m FROM active),
labelled AS (
  SELECT cur.m, CASE WHEN prev.account_id IS NOT NULL THEN 'retained' ELSE 'new' END AS s
  FROM active AS cur
  LEFT JOIN active AS prev ON prev.account_id = cur.account_id AND prev.m = (cur.m - interval '1 month')::date
  UNION ALL
  SELECT (prev.m + interval '1 month')::date, 'churned'
  FROM active AS prev
  LEFT JOIN active AS cur ON cur.account_id = prev.account_id AND cur.m = (prev.m + interval '1 month')::date
  WHERE cur.account_id IS NULL)
SELECT to_char(months.m, 'YYYY-MM'),
       COUNT(*) FILTER (WHERE s = 'new'), COUNT(*) FILTER (WHERE s = 'retained'),
       0, COUNT(*) FILTER (WHERE s = 'churned')
FROM months LEFT JOIN labelled AS l ON l.m = months.m
GROUP BY months.m ORDER BY months.m
