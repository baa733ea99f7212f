SELECT p.payment_id,
       CASE
         WHEN p.currency = 'USD' THEN p.amount
         ELSE p.amount * (
           SELECT r.usd_per_unit
           FROM fx_rates AS r
           WHERE r.currency = p.currency AND r.rate_date <= p.paid_on
           ORDER BY r.rate_date DESC
           LIMIT 1
         )
       END AS usd_amount
FROM payments AS p
