-- expect: fail
-- message: rows must be sorted by starttime, member desc
SELECT starttime, member, id FROM sessions ORDER BY starttime, member
