-- expect: fail
-- Hard-coded referrers from the example rows.
SELECT account_id FROM accounts WHERE account_id NOT IN (1, 4, 6)
