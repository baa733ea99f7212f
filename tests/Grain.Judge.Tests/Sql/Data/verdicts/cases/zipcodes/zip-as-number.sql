-- expect: fail
-- message: 1 expected row(s) missing
SELECT id, CAST(zipcode AS INTEGER) FROM members
