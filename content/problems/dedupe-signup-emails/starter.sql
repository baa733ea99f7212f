-- One row per cleaned email: email, signups, first_signup_id; any order.
SELECT
FROM signups
