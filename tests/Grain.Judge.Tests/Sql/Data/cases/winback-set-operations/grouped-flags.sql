-- expect: pass
-- engines: postgres
SELECT account_id FROM activity
GROUP BY account_id
HAVING bool_or(date_trunc('month', activity_date) = DATE '2024-01-01')
   AND bool_or(date_trunc('month', activity_date) = DATE '2024-03-01')
   AND NOT bool_or(date_trunc('month', activity_date) = DATE '2024-05-01')
