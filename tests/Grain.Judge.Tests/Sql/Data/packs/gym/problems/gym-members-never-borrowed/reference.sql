SELECT m.member_id, m.name
FROM gym.members m
WHERE NOT EXISTS (SELECT 1 FROM gym.loans l WHERE l.member_id = m.member_id);
