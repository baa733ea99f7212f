-- expect: fail
-- engines: postgres
-- The nearest rate by absolute distance may be published after the payment (look-ahead).
SELECT p.payment_id,
       CASE WHEN p.currency = 'USD' THEN p.amount
            ELSE p.amount * (SELECT r.usd_per_unit FROM fx_rates AS r
                             WHERE r.currency = p.currency
                             ORDER BY ABS(r.rate_date - p.paid_on), r.rate_date
                             LIMIT 1) END
FROM payments AS p
