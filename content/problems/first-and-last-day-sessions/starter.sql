-- Per account with activity: account_id, first_day, first_sessions, last_day, last_sessions (day totals); any order.
SELECT
FROM activity
