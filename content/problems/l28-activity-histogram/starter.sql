-- L28 histogram: accounts per number of distinct active days from 2024-06-03 to 2024-06-30.
-- Columns: days_active, accounts; ordered by days_active.
SELECT
FROM accounts
