-- expect: fail
-- engines: sqlite
-- Naming the fiscal year after the year it starts in.
SELECT 'FY' || CASE WHEN CAST(strftime('%m', issued_on) AS INTEGER) >= 7 THEN strftime('%Y', issued_on)
                    ELSE CAST(CAST(strftime('%Y', issued_on) AS INTEGER) - 1 AS TEXT) END
       || '-Q' || CASE WHEN CAST(strftime('%m', issued_on) AS INTEGER) IN (7, 8, 9) THEN '1'
                       WHEN CAST(strftime('%m', issued_on) AS INTEGER) IN (10, 11, 12) THEN '2'
                       WHEN CAST(strftime('%m', issued_on) AS INTEGER) IN (1, 2, 3) THEN '3' ELSE '4' END AS fq,
       SUM(amount), COUNT(*)
FROM invoices
GROUP BY fq
ORDER BY fq
