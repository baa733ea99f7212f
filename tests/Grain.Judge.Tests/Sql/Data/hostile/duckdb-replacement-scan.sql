-- problem: customer-total-spent
-- engines: duckdb
-- Without external access a file path in FROM is not read: it names a table that does not exist.
-- verdict: CE
SELECT 1, 'x', 0 FROM '/etc/passwd'
