-- Cohort retention matrix: one row per signup month.
-- Columns: cohort_month ('YYYY-MM'), accounts, m0, m1, m2, m3 (shares 0..1); ordered by cohort_month.
SELECT
FROM accounts
LEFT JOIN activity ON activity.account_id = accounts.account_id
