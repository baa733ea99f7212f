-- problem: customer-total-spent
-- verdict: CE
WITH gone AS (DELETE FROM BoughtItem RETURNING *) SELECT customerid, 'x', price FROM gone
