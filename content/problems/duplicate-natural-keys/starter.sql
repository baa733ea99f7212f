-- Natural keys (carrier, tracking_no) that occur more than once; NULL tracking numbers are no key.
-- Columns: carrier, tracking_no, copies, keep_id; any order.
SELECT
FROM shipments
