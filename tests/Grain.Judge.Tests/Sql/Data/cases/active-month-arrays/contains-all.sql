-- expect: fail
-- engines: duckdb
-- Contains-all instead of overlap: only accounts active in both campaign months are flagged.
WITH per_account AS (
  SELECT account_id,
         array_agg(DISTINCT strftime(activity_date, '%Y-%m') ORDER BY strftime(activity_date, '%Y-%m')) AS months
  FROM activity GROUP BY account_id
)
SELECT account_id, array_to_string(months, ','), len(months), months[2],
       CASE WHEN list_has_all(months, ['2024-03', '2024-05']) THEN 1 ELSE 0 END
FROM per_account
