-- expect: fail
-- message: different order
SELECT starttime, member, id FROM sessions ORDER BY id
