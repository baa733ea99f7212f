-- expect: fail
-- engines: sqlite postgres duckdb
SELECT symbol, day, close, AVG(close) OVER (PARTITION BY symbol ORDER BY day ROWS BETWEEN 7 PRECEDING AND CURRENT ROW) FROM prices
