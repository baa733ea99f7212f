-- expect: pass
-- engines: postgres
-- PostgreSQL's ordered-set aggregates ignore NULLs.
SELECT s.sensor_id, COUNT(r.value) AS n_values,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY r.value) AS median_disc,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY r.value) AS median_cont
FROM sensors AS s LEFT JOIN readings AS r ON r.sensor_id = s.sensor_id
GROUP BY s.sensor_id
