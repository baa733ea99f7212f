-- Per room and day with bookings: room_id, day, longest_free_minutes (longest free stretch between 08:00 and 18:00); any order.
SELECT
FROM bookings
