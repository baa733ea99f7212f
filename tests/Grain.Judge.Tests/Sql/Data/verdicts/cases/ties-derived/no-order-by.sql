-- expect: fail
-- message: no ORDER BY
SELECT starttime, member, id FROM sessions
