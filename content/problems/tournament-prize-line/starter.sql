-- For every tournament: the paid_places-th highest distinct score (NULL if there are fewer).
-- Columns: tournament_id, prize_line; any order.
SELECT
FROM tournaments
