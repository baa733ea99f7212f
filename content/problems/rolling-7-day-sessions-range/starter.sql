-- One row per account per active day: account_id, activity_date, day_sessions, sessions_7d
-- (sessions on that day and the 6 calendar days before it); any order.
SELECT
FROM activity
