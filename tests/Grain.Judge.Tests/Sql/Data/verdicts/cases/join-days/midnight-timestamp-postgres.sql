-- engines: postgres
-- expect: fail
-- message: same day, different type
SELECT id, CAST(joined AS timestamp) FROM members
