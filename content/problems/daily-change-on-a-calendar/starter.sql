-- Every calendar day from the first to the last day with activity: day, sessions (0 when none), change vs the day before; ordered by day.
SELECT
FROM activity
