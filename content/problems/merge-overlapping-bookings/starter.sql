-- Busy blocks per room: overlapping or touching bookings merged. Columns: room_id, block_start, block_end, bookings; any order.
SELECT
FROM bookings
