-- expect: pass
-- engines: sqlite postgres duckdb
SELECT id, firstname, lastname FROM Customer WHERE id NOT IN (SELECT customerid FROM BoughtItem)
