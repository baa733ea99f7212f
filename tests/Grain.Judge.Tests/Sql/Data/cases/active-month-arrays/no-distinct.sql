-- expect: fail
-- engines: duckdb
-- Without DISTINCT, a month appears once per active day.
WITH per_account AS (
  SELECT account_id, array_agg(strftime(activity_date, '%Y-%m') ORDER BY activity_date) AS months
  FROM activity GROUP BY account_id
)
SELECT account_id, array_to_string(months, ','), len(months), months[2],
       CASE WHEN list_has_any(months, ['2024-03', '2024-05']) THEN 1 ELSE 0 END
FROM per_account
