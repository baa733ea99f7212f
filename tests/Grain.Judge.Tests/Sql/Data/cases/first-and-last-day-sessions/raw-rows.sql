-- expect: fail
-- engines: duckdb
-- Raw rows instead of day totals: a duplicated day shows half its sessions.
SELECT DISTINCT account_id,
       FIRST_VALUE(activity_date) OVER w, FIRST_VALUE(sessions) OVER w,
       LAST_VALUE(activity_date) OVER w, LAST_VALUE(sessions) OVER w
FROM activity
WINDOW w AS (PARTITION BY account_id ORDER BY activity_date, row_id
             ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
