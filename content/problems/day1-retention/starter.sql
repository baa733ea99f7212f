-- Day-1 retention per signup date.
-- Columns: signup_date, users, retained, retention (any order).
SELECT
FROM users AS u
