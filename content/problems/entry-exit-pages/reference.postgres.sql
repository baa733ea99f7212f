WITH paged AS (
  SELECT user_id, event_time::date AS day, event_time, page
  FROM events
  WHERE page IS NOT NULL
)
SELECT DISTINCT user_id, day,
       FIRST_VALUE(page) OVER whole_day AS entry_page,
       LAST_VALUE(page) OVER whole_day AS exit_page,
       COUNT(*) OVER whole_day AS page_events
FROM paged
WINDOW whole_day AS (
  PARTITION BY user_id, day ORDER BY event_time
  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
)
