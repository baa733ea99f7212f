-- Every run of 2+ consecutive calendar days with activity, per account. Columns: account_id, streak_start, streak_end, days; any order.
SELECT
FROM activity
