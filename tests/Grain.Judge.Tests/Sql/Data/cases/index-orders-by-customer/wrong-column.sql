-- expect: fail
-- message: scans all of fact_orders
-- engines: sqlite postgres
CREATE INDEX by_date ON fact_orders (date_key);
