WITH per_account AS (
  SELECT account_id,
         array_agg(DISTINCT strftime(activity_date, '%Y-%m') ORDER BY strftime(activity_date, '%Y-%m')) AS months
  FROM activity
  GROUP BY account_id
)
SELECT account_id,
       array_to_string(months, ',') AS active_months,
       len(months) AS month_count,
       months[2] AS second_month,
       CASE WHEN list_has_any(months, ['2024-03', '2024-05']) THEN 1 ELSE 0 END AS saw_campaign
FROM per_account
