WITH parts AS (
  SELECT amount,
         CAST(EXTRACT(YEAR FROM issued_on) AS INTEGER) AS y,
         CAST(EXTRACT(MONTH FROM issued_on) AS INTEGER) AS m
  FROM invoices
),
labelled AS (
  SELECT amount,
         'FY' || CAST(CASE WHEN m >= 7 THEN y + 1 ELSE y END AS TEXT)
           || '-Q' || CASE WHEN m IN (7, 8, 9) THEN '1' WHEN m IN (10, 11, 12) THEN '2'
                           WHEN m IN (1, 2, 3) THEN '3' ELSE '4' END AS fiscal_quarter
  FROM parts
)
SELECT fiscal_quarter, SUM(amount) AS revenue, COUNT(*) AS invoices
FROM labelled
GROUP BY fiscal_quarter
ORDER BY fiscal_quarter
