-- expect: pass
SELECT id, CAST(fee AS TEXT) FROM members
