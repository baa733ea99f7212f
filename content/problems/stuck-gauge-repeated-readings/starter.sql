-- Every maximal run of >= 3 consecutive seq numbers of one gauge with the same non-NULL kpa.
-- Columns: gauge_id, kpa, first_seq, last_seq, messages; any order.
SELECT
FROM readings
