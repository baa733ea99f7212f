WITH RECURSIVE calendar(symbol, day, last_day) AS (
  SELECT symbol, MIN(day), MAX(day) FROM prices GROUP BY symbol
  UNION ALL
  SELECT symbol, date(day, '+1 day'), last_day FROM calendar WHERE day < last_day
),
marked AS (
  SELECT c.symbol, c.day, p.close AS traded_close,
         COUNT(p.close) OVER (PARTITION BY c.symbol ORDER BY c.day) AS run
  FROM calendar AS c
  LEFT JOIN prices AS p ON p.symbol = c.symbol AND p.day = c.day
)
SELECT symbol, day,
       MAX(traded_close) OVER (PARTITION BY symbol, run) AS close,
       CASE WHEN traded_close IS NULL THEN 0 ELSE 1 END AS traded
FROM marked
