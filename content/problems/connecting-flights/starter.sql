-- One-stop connections: layover 45 min to 4 h inclusive, no return to the origin, no sightseeing legs.
-- Columns: first_flight_id, second_flight_id, origin, via, dest, layover_minutes; any order.
SELECT
FROM flights
