-- expect: pass
-- engines: postgres
SELECT a.account_id, d::date, CASE WHEN COUNT(x.row_id) > 0 THEN 1 ELSE 0 END
FROM accounts AS a
CROSS JOIN generate_series(DATE '2024-03-01', DATE '2024-03-07', interval '1 day') AS d
LEFT JOIN activity AS x ON x.account_id = a.account_id AND x.activity_date = d::date
GROUP BY a.account_id, d
