-- expect: fail
-- engines: sqlite
-- Calendar quarters with a fiscal label.
SELECT 'FY' || strftime('%Y', issued_on) || '-Q' || ((CAST(strftime('%m', issued_on) AS INTEGER) + 2) / 3) AS fq,
       SUM(amount), COUNT(*)
FROM invoices
GROUP BY fq
ORDER BY fq
