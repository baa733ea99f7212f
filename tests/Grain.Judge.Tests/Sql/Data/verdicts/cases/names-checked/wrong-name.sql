-- expect: fail
-- message: should be named 'member_id'
SELECT id, fee FROM members
