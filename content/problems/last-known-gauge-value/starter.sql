-- Every report with its own value, or the sensor's last earlier value when NULL. Columns: reading_id, value_filled; any order.
SELECT
FROM readings
