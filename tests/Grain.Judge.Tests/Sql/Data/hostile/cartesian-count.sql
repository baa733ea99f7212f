-- problem: customer-total-spent
-- verdict: TLE
SELECT COUNT(*), 'x', 0 FROM BoughtItem a, BoughtItem b, BoughtItem c
