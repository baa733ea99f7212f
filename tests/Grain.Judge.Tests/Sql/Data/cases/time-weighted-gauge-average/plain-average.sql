-- expect: fail
-- engines: sqlite
-- Plain average of the values: every report weighs the same whatever time it held.
SELECT s.sensor_id, AVG(r.value) AS twa
FROM sensors AS s LEFT JOIN readings AS r ON r.sensor_id = s.sensor_id
GROUP BY s.sensor_id
