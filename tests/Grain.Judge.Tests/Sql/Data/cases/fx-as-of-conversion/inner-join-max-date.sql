-- expect: fail
-- engines: sqlite
-- The inner join to the latest rate drops USD payments and payments older than any rate.
SELECT p.payment_id, p.amount * r.usd_per_unit
FROM payments AS p
JOIN fx_rates AS r ON r.currency = p.currency
 AND r.rate_date = (SELECT MAX(x.rate_date) FROM fx_rates AS x WHERE x.currency = p.currency AND x.rate_date <= p.paid_on)
