-- expect: fail
-- engines: sqlite
-- COALESCE keeps yesterday's date for an account that had a transaction today.
WITH t AS (SELECT account_id, SUM(amount) AS amount, COUNT(*) AS n FROM txns_today GROUP BY account_id),
k AS (SELECT account_id FROM accounts_yesterday UNION SELECT account_id FROM txns_today)
SELECT k.account_id,
       COALESCE(y.balance, 0) + COALESCE(t.amount, 0),
       COALESCE(y.txn_count, 0) + COALESCE(t.n, 0),
       COALESCE(y.last_txn_on, CASE WHEN t.account_id IS NOT NULL THEN '2024-07-02' END)
FROM k
LEFT JOIN accounts_yesterday AS y ON y.account_id = k.account_id
LEFT JOIN t ON t.account_id = k.account_id
