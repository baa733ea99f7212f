-- expect: fail
-- The tracking number alone is not the key: different carriers reuse numbers.
SELECT MIN(carrier), tracking_no, COUNT(*), MIN(shipment_id)
FROM shipments
WHERE tracking_no IS NOT NULL
GROUP BY tracking_no
HAVING COUNT(*) > 1
