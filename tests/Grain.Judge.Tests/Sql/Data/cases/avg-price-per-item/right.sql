-- expect: pass
-- engines: sqlite postgres duckdb
SELECT i.title, AVG(b.price) FROM BoughtItem b JOIN Item i ON i.id = b.itemid GROUP BY i.id, i.title
