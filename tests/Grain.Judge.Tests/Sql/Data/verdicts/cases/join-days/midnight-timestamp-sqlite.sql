-- engines: sqlite
-- expect: fail
-- message: same day, different type
SELECT id, datetime(joined) FROM members
