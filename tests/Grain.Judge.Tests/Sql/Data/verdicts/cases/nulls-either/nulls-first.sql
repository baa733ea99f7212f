-- expect: pass
SELECT facility, id FROM sessions ORDER BY facility NULLS FIRST, id
