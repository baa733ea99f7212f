-- expect: fail
-- Drops the March condition: January minus May.
SELECT account_id FROM activity WHERE activity_date >= '2024-01-01' AND activity_date < '2024-02-01'
EXCEPT
SELECT account_id FROM activity WHERE activity_date >= '2024-05-01' AND activity_date < '2024-06-01'
