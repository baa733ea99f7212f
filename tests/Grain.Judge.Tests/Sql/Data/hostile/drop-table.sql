-- problem: customer-total-spent
-- verdict: CE
DROP TABLE BoughtItem
