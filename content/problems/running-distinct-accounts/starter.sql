-- Per day with activity: activity_date, active_accounts (that day), accounts_to_date (distinct accounts seen so far); any order.
SELECT
FROM activity
