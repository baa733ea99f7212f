-- problem: customer-total-spent
-- verdict: CE
ATTACH DATABASE '/tmp/grain-hostile.db' AS evil
