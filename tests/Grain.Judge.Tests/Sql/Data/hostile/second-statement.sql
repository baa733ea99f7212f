-- problem: customer-total-spent
-- verdict: CE
SELECT id, firstname, 0 FROM Customer; DELETE FROM BoughtItem
