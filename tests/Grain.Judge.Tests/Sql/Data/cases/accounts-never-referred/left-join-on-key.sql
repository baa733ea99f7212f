-- expect: pass
-- Testing the join key is safe here: a matched row always has a non-NULL referrer_id.
SELECT a.account_id
FROM accounts AS a
LEFT JOIN referrals AS r ON r.referrer_id = a.account_id
WHERE r.referrer_id IS NULL
