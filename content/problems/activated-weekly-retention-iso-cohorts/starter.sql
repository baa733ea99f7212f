-- Per ISO signup week (first to last, empty weeks too): signups, activated (activated event on days 0-6),
-- retained (activated and any event on days 7-13), retention_rate = retained / activated (NULL if none).
-- Columns: iso_week, week_start, signups, activated, retained, retention_rate; ordered by week_start.
SELECT
FROM users
