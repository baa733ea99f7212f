-- Per plan and active month: plan, month ('YYYY-MM'), sessions, sessions_3m (this and the two previous calendar months); any order.
SELECT
FROM activity
JOIN accounts ON accounts.account_id = activity.account_id
