CREATE INDEX fact_orders_customer ON fact_orders (customer_key, date_key, amount)
