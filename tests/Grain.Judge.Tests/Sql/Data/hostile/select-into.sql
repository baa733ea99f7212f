-- problem: customer-total-spent
-- verdict: CE
SELECT * INTO stolen FROM Customer
