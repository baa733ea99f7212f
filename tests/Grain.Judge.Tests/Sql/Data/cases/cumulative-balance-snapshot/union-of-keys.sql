-- expect: pass
-- engines: sqlite
WITH keys AS (SELECT account_id FROM accounts_yesterday UNION SELECT account_id FROM txns_today),
today AS (SELECT account_id, SUM(amount) AS amount, COUNT(*) AS n FROM txns_today GROUP BY account_id)
SELECT k.account_id, COALESCE(y.balance, 0) + COALESCE(t.amount, 0), COALESCE(y.txn_count, 0) + COALESCE(t.n, 0),
       CASE WHEN t.account_id IS NULL THEN y.last_txn_on ELSE '2024-07-02' END
FROM keys AS k
LEFT JOIN accounts_yesterday AS y ON y.account_id = k.account_id
LEFT JOIN today AS t ON t.account_id = k.account_id
