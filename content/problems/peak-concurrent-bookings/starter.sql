-- Per room: room_id, peak (most bookings overlapping at one instant), peak_at (earliest such instant); any order.
-- Bookings are half-open: [starts_at, ends_at).
SELECT
FROM rooms
LEFT JOIN bookings ON bookings.room_id = rooms.room_id
