-- expect: fail
-- Counting each gauge's readings per value ignores consecutiveness: two separate short repeats, or two runs of one value, become one.
SELECT gauge_id, kpa, MIN(seq), MAX(seq), COUNT(*)
FROM readings
WHERE kpa IS NOT NULL
GROUP BY gauge_id, kpa
HAVING COUNT(*) >= 3 AND MAX(seq) - MIN(seq) + 1 = COUNT(*)
