-- expect: fail
SELECT CAST(id AS TEXT), zipcode FROM members
