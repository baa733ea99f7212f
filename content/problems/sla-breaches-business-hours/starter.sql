-- Business minutes to first response per ticket, and whether the SLA was breached.
-- Columns: ticket_id, priority, business_minutes, breached (1 or 0); any order.
SELECT
FROM tickets
