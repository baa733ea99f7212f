-- Entry and exit page of each user on each day, ignoring events without a page.
-- Columns: user_id, day, entry_page, exit_page, page_events; any order.
SELECT
FROM events
