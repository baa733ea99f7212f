-- Per account: its active months as an ordered array, shown as text, with the array's size, second element
-- and whether it overlaps the campaign months. Columns: account_id, active_months, month_count,
-- second_month, saw_campaign; any order.
SELECT
FROM activity
