-- Time-weighted average value per sensor from its first value to midnight. Columns: sensor_id, twa; any order.
SELECT
FROM sensors
LEFT JOIN readings ON readings.sensor_id = sensors.sensor_id
