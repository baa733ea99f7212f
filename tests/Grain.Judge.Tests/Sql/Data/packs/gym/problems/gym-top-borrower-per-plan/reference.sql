WITH counts AS (
  SELECT m.plan, m.name, COUNT(*) AS loans
  FROM gym.loans l
  JOIN gym.members m ON m.member_id = l.member_id
  GROUP BY m.member_id, m.plan, m.name
), ranked AS (
  SELECT plan, name, loans, RANK() OVER (PARTITION BY plan ORDER BY loans DESC) AS r
  FROM counts
)
SELECT plan, name, loans FROM ranked WHERE r = 1;
