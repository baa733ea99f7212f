-- expect: fail
-- engines: duckdb
-- ((month + 5) % 12) / 3 + 1 is a quarter only with integer division; DuckDB's / divides exactly.
SELECT 'FY' || CAST(EXTRACT(YEAR FROM issued_on) + CASE WHEN EXTRACT(MONTH FROM issued_on) >= 7 THEN 1 ELSE 0 END AS TEXT)
         || '-Q' || CAST(((EXTRACT(MONTH FROM issued_on) + 5) % 12) / 3 + 1 AS TEXT) AS fq,
       SUM(amount), COUNT(*)
FROM invoices
GROUP BY fq
ORDER BY fq
