-- expect: pass
-- engines: duckdb
-- DuckDB implements IGNORE NULLS.
SELECT reading_id,
       LAST_VALUE(value IGNORE NULLS) OVER (
         PARTITION BY sensor_id ORDER BY read_at, reading_id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS value_filled
FROM readings
