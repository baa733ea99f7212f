-- expect: pass
SELECT s.starttime, s.member, s.id FROM sessions AS s ORDER BY 1, 2 DESC, 3 DESC
