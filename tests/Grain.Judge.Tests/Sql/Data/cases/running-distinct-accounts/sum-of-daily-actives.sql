-- expect: fail
-- engines: sqlite
-- Running sum of daily actives: a returning account is counted again on every day it comes back.
WITH daily AS (
  SELECT activity_date, COUNT(DISTINCT account_id) AS active_accounts FROM activity GROUP BY activity_date
)
SELECT activity_date, active_accounts,
       SUM(active_accounts) OVER (ORDER BY activity_date) AS accounts_to_date
FROM daily
