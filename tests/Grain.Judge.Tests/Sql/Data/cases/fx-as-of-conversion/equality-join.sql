-- expect: fail
-- An equality join on the day misses payments on days without a published rate.
SELECT p.payment_id, CASE WHEN p.currency = 'USD' THEN p.amount ELSE p.amount * r.usd_per_unit END
FROM payments AS p
LEFT JOIN fx_rates AS r ON r.currency = p.currency AND r.rate_date = p.paid_on
