-- One row per employee and pay component: id, component ('salary' or 'bonus'), amount; no row for a NULL bonus.
SELECT *
FROM (UNPIVOT employees ON salary, bonus INTO NAME component VALUE amount)
