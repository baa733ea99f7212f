SELECT m.plan, AVG((julianday(l.back_at) - julianday(l.out_at)) * 24) AS avg_hours
FROM gym.loans l
JOIN gym.members m ON m.member_id = l.member_id
WHERE l.back_at IS NOT NULL
GROUP BY m.plan;
