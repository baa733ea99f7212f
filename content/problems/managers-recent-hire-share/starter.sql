-- Managers with >= 3 direct reports, and the share of those reports hired < 365 days before MAX(hired).
-- Columns: manager_id, name, direct_reports, recent_share; any order.
SELECT
FROM employees
