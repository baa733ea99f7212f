-- Distinct users active in the 30 days ending on each calendar day (that day included).
-- Columns: day, active_users; order by day.
SELECT
FROM events
