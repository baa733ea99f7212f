-- Per day with any request: counted requests (no banned rider or driver) and their cancellation rate.
-- Columns: day, counted_requests, cancellation_rate (NULL when nothing counts); ordered by day.
SELECT
FROM ride_requests
