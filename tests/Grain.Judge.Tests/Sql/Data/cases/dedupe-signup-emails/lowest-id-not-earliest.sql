-- expect: fail
-- engines: sqlite
-- MIN(signup_id) is the lowest id, not the earliest signup.
SELECT lower(trim(email)), COUNT(*), MIN(signup_id)
FROM signups
WHERE trim(email) <> ''
GROUP BY lower(trim(email))
