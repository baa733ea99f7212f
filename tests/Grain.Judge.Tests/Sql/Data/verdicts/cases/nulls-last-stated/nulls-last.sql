-- expect: pass
SELECT facility, id FROM sessions ORDER BY facility NULLS LAST, id
