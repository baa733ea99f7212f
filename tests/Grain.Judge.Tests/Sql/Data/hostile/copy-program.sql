-- problem: customer-total-spent
-- verdict: CE
COPY (SELECT 1) TO PROGRAM 'touch /tmp/grain-hostile-copy'
