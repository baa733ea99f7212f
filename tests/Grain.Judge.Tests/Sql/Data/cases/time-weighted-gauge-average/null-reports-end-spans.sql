-- expect: fail
-- engines: postgres
-- NULL reports kept in the LEAD: the previous value's span stops at a report that carries nothing.
WITH held AS (
  SELECT sensor_id, value,
         EXTRACT(EPOCH FROM COALESCE(LEAD(read_at) OVER (PARTITION BY sensor_id ORDER BY read_at, reading_id),
                                     TIMESTAMP '2024-05-02 00:00:00') - read_at) AS seconds
  FROM readings
)
SELECT s.sensor_id, SUM(h.value * h.seconds) / NULLIF(SUM(h.seconds) FILTER (WHERE h.value IS NOT NULL), 0) AS twa
FROM sensors AS s LEFT JOIN held AS h ON h.sensor_id = s.sensor_id
GROUP BY s.sensor_id
