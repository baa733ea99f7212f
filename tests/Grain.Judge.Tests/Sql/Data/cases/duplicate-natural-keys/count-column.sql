-- expect: pass
-- COUNT(tracking_no) is 0 for the NULL group, so HAVING drops it without a WHERE.
SELECT carrier, tracking_no, COUNT(tracking_no), MIN(shipment_id)
FROM shipments
GROUP BY carrier, tracking_no
HAVING COUNT(tracking_no) > 1
