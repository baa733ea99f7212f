-- expect: pass
SELECT id AS member, fee AS amount FROM members
