-- Per ticket: Mon-Fri non-holiday days d with opened_on < d <= closed_on (NULL while open).
-- Columns: ticket_id, business_days; any order.
SELECT
FROM tickets
