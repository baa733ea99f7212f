-- Per experiment and variant: users, converters, conversion_rate, revenue_per_user; any order.
-- Only purchases at or after the user's assignment time count.
SELECT
FROM assignments
LEFT JOIN conversions ON conversions.user_id = assignments.user_id
