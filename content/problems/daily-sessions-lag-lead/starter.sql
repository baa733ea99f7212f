-- One row per account and active day: account_id, activity_date, sessions (day total), change (vs previous active day), days_to_next; any order.
SELECT
FROM activity
