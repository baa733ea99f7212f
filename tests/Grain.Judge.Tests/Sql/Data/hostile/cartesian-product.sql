-- problem: customer-total-spent
-- verdict: OLE
SELECT a.id, b.firstname, c.price FROM Customer a, Customer b, BoughtItem c
