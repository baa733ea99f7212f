-- CREATE INDEX statements only. The judge then runs:
--   SELECT date_key, SUM(amount) AS revenue FROM fact_orders WHERE customer_key = 42 GROUP BY date_key
CREATE INDEX
