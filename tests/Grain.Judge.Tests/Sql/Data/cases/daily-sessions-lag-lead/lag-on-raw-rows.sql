-- expect: fail
-- engines: duckdb
-- LAG and LEAD over raw rows, deduplicated afterwards: a repeated day is its own neighbour.
SELECT DISTINCT account_id, activity_date,
       SUM(sessions) OVER (PARTITION BY account_id, activity_date) AS sessions,
       sessions - LAG(sessions) OVER w AS change,
       LEAD(activity_date) OVER w - activity_date AS days_to_next
FROM activity
WINDOW w AS (PARTITION BY account_id ORDER BY activity_date)
