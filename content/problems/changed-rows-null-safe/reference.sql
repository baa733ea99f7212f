WITH compared AS (
  SELECT cur.id,
         CASE WHEN cur.salary IS DISTINCT FROM old.salary THEN 1 ELSE 0 END AS salary_changed,
         CASE WHEN cur.bonus IS DISTINCT FROM old.bonus THEN 1 ELSE 0 END AS bonus_changed,
         CASE WHEN cur.email IS DISTINCT FROM old.email THEN 1 ELSE 0 END AS email_changed
  FROM employees AS cur
  JOIN employees_snapshot AS old ON old.id = cur.id
)
SELECT id, salary_changed, bonus_changed, email_changed
FROM compared
WHERE salary_changed + bonus_changed + email_changed > 0
