-- Every employee's depth below the CEO and the chain of ids from the CEO down to them, e.g. '1>2>4'.
-- Employees who cannot be traced up to the CEO get NULL depth and NULL chain.
-- Columns: id, depth, chain; any order.
SELECT
FROM employees
