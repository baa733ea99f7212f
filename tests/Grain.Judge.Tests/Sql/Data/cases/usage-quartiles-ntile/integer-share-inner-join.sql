-- expect: fail
-- engines: postgres
-- Integer division and an inner join: shares are 0 and silent accounts are missing.
WITH totals AS (
  SELECT account_id, SUM(sessions) AS total FROM activity GROUP BY account_id
),
tiled AS (
  SELECT account_id, total, NTILE(4) OVER (ORDER BY total DESC, account_id) AS quartile FROM totals
)
SELECT quartile, COUNT(*), MIN(total), MAX(total), SUM(total) / (SELECT SUM(total) FROM totals)
FROM tiled GROUP BY quartile ORDER BY quartile
