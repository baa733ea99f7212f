-- Revenue per fiscal quarter (FY starts 1 July, named by the year it ends): 'FY2025-Q1', revenue, invoices.
-- Ordered by fiscal_quarter.
SELECT
FROM invoices
