SELECT facility, id FROM sessions ORDER BY facility, id
