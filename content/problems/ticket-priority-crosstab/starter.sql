-- Per opening month ('YYYY-MM'): p1, p2, p3, still_open, same_day (0, never NULL); ordered by month.
SELECT
FROM tickets
