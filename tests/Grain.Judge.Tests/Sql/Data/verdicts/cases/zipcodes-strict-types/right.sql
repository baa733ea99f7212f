-- expect: pass
SELECT id, zipcode FROM members
