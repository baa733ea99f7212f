-- expect: fail
-- message: different order
SELECT facility, id FROM sessions ORDER BY facility NULLS FIRST, id DESC
