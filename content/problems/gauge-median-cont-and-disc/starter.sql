-- Per sensor: sensor_id, n_values (non-NULL values), median_disc (lower middle), median_cont (interpolated); any order.
SELECT
FROM sensors
LEFT JOIN readings ON readings.sensor_id = sensors.sensor_id
