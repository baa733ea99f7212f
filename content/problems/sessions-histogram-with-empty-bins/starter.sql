-- Histogram of total sessions per account, 10-wide bins from 0 to the largest, empty bins included.
-- Columns: bucket_start, bucket_end, accounts; ordered by bucket_start.
SELECT
FROM accounts
LEFT JOIN activity ON activity.account_id = accounts.account_id
