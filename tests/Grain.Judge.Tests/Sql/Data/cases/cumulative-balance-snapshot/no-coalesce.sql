-- expect: fail
-- engines: postgres
-- Without COALESCE, dormant and new accounts get NULL balances and counts.
WITH today AS (SELECT account_id, SUM(amount) AS amount, COUNT(*) AS n FROM txns_today GROUP BY account_id)
SELECT COALESCE(y.account_id, t.account_id), y.balance + t.amount, y.txn_count + t.n,
       CASE WHEN t.account_id IS NOT NULL THEN DATE '2024-07-02' ELSE y.last_txn_on END
FROM accounts_yesterday AS y FULL JOIN today AS t ON t.account_id = y.account_id
