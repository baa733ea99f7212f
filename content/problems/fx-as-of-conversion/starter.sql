-- Each payment in USD at the latest rate published on or before its day. Columns: payment_id, usd_amount; any order.
SELECT
FROM payments
