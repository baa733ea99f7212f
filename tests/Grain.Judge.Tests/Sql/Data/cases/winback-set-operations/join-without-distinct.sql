-- expect: fail
-- Joining January rows to March rows repeats an account once per pair of rows.
SELECT j.account_id
FROM activity AS j
JOIN activity AS m ON m.account_id = j.account_id AND m.activity_date >= '2024-03-01' AND m.activity_date < '2024-04-01'
WHERE j.activity_date >= '2024-01-01' AND j.activity_date < '2024-02-01'
  AND NOT EXISTS (SELECT 1 FROM activity AS y WHERE y.account_id = j.account_id
                  AND y.activity_date >= '2024-05-01' AND y.activity_date < '2024-06-01')
