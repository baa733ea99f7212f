-- expect: fail
-- NOT IN over a subquery that yields NULL is never true: passes the example, returns nothing on hidden data.
SELECT account_id FROM accounts
WHERE account_id NOT IN (SELECT referrer_id FROM referrals)
