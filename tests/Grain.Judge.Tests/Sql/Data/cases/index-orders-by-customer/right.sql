-- expect: pass
-- engines: sqlite postgres
CREATE INDEX my_customer_index ON fact_orders (customer_key);
