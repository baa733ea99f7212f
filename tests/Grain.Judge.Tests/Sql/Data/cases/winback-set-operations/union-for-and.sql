-- expect: fail
-- UNION reads "January and March" as "January or March".
SELECT account_id FROM activity WHERE activity_date >= '2024-01-01' AND activity_date < '2024-02-01'
UNION
SELECT account_id FROM activity WHERE activity_date >= '2024-03-01' AND activity_date < '2024-04-01'
EXCEPT
SELECT account_id FROM activity WHERE activity_date >= '2024-05-01' AND activity_date < '2024-06-01'
