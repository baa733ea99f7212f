-- expect: fail
-- engines: postgres
-- Takes months[1] as the second element (0-based habit): that is the first month.
WITH per_account AS (
  SELECT account_id,
         array_agg(DISTINCT to_char(activity_date, 'YYYY-MM') ORDER BY to_char(activity_date, 'YYYY-MM')) AS months
  FROM activity
  GROUP BY account_id
)
SELECT account_id, array_to_string(months, ',') AS active_months, cardinality(months) AS month_count,
       months[1] AS second_month,
       CASE WHEN months && ARRAY['2024-03', '2024-05'] THEN 1 ELSE 0 END AS saw_campaign
FROM per_account
