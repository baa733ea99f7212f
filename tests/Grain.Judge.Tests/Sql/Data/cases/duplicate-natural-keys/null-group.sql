-- expect: fail
-- GROUP BY puts every NULL tracking number in one group.
SELECT carrier, tracking_no, COUNT(*), MIN(shipment_id)
FROM shipments
GROUP BY carrier, tracking_no
HAVING COUNT(*) > 1
