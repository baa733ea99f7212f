-- Tickets opened per ISO week: iso_week ('2025-W01'), week_start (Monday), tickets; ordered by week_start.
SELECT
FROM tickets
