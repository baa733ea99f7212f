SELECT e.kind, COUNT(l.loan_id) AS loans
FROM gym.equipment e
LEFT JOIN gym.loans l ON l.item_id = e.item_id
GROUP BY e.kind;
