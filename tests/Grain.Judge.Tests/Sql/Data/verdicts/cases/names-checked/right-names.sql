-- expect: pass
SELECT id AS MEMBER_ID, fee FROM members
