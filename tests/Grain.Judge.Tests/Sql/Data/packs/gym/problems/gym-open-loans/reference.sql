SELECT e.label, m.name, l.out_at
FROM gym.loans l
JOIN gym.members m ON m.member_id = l.member_id
JOIN gym.equipment e ON e.item_id = l.item_id
WHERE l.back_at IS NULL;
