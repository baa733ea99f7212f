-- expect: pass
-- engines: postgres
WITH ranges AS (
  SELECT currency, rate_date, usd_per_unit,
         LEAD(rate_date) OVER (PARTITION BY currency ORDER BY rate_date) AS next_date
  FROM fx_rates
)
SELECT p.payment_id,
       CASE WHEN p.currency = 'USD' THEN p.amount ELSE p.amount * r.usd_per_unit END
FROM payments AS p
LEFT JOIN ranges AS r ON r.currency = p.currency AND p.paid_on >= r.rate_date
 AND (p.paid_on < r.next_date OR r.next_date IS NULL)
