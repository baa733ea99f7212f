-- expect: error
-- verdict: CE
-- engines: sqlite postgres
DROP TABLE fact_orders;
