SELECT m.plan, AVG(EXTRACT(EPOCH FROM l.back_at - l.out_at) / 3600) AS avg_hours
FROM gym.loans l
JOIN gym.members m ON m.member_id = l.member_id
WHERE l.back_at IS NOT NULL
GROUP BY m.plan;
