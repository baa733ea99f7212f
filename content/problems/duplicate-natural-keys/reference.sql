SELECT carrier, tracking_no, COUNT(*) AS copies, MIN(shipment_id) AS keep_id
FROM shipments
WHERE tracking_no IS NOT NULL
GROUP BY carrier, tracking_no
HAVING COUNT(*) > 1
