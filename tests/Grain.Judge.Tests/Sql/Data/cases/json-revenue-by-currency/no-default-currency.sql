-- expect: fail
-- engines: postgres
-- Purchases without a currency end up in a NULL group instead of USD.
SELECT payload::jsonb ->> 'currency', COUNT(*), SUM((payload::jsonb ->> 'amount')::numeric)
FROM raw_events
WHERE payload::jsonb ->> 'type' = 'purchase'
GROUP BY 1
