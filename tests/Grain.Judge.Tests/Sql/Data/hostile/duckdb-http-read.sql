-- problem: customer-total-spent
-- engines: duckdb
-- verdict: RTE
SELECT * FROM read_parquet('https://example.com/x.parquet')
