-- expect: fail
-- engines: sqlite
SELECT id, firstname, lastname FROM Customer WHERE id < 0
