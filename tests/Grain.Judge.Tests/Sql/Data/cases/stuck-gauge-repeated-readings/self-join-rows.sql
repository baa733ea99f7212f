-- expect: fail
-- The textbook triple self-join finds the rows but reports a run of five as three overlapping runs.
SELECT a.gauge_id, a.kpa, a.seq, c.seq, 3
FROM readings AS a
JOIN readings AS b ON b.gauge_id = a.gauge_id AND b.seq = a.seq + 1 AND b.kpa = a.kpa
JOIN readings AS c ON c.gauge_id = a.gauge_id AND c.seq = a.seq + 2 AND c.kpa = a.kpa
