SELECT a.account_id
FROM accounts AS a
WHERE NOT EXISTS (
  SELECT 1 FROM referrals AS r WHERE r.referrer_id = a.account_id
)
