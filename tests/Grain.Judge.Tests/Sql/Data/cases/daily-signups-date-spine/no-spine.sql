-- expect: fail
-- message: expected
-- engines: sqlite postgres duckdb
SELECT signup_date, COUNT(*) FROM users GROUP BY signup_date ORDER BY signup_date
