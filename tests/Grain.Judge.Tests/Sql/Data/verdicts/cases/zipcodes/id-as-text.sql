-- expect: pass
SELECT CAST(id AS TEXT), zipcode FROM members
