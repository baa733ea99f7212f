-- expect: pass
-- engines: sqlite
-- The same formula is right where / on integers truncates.
SELECT 'FY' || (CAST(strftime('%Y', issued_on) AS INTEGER) + (CAST(strftime('%m', issued_on) AS INTEGER) >= 7))
         || '-Q' || (((CAST(strftime('%m', issued_on) AS INTEGER) + 5) % 12) / 3 + 1) AS fq,
       SUM(amount), COUNT(*)
FROM invoices
GROUP BY fq
ORDER BY fq
