-- expect: pass
SELECT account_id FROM accounts
WHERE account_id NOT IN (SELECT referrer_id FROM referrals WHERE referrer_id IS NOT NULL)
