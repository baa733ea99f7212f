WITH bounds AS (
  SELECT symbol, MIN(day) AS first_day, MAX(day) AS last_day FROM prices GROUP BY symbol
),
calendar AS (
  SELECT b.symbol, g.day::date AS day
  FROM bounds AS b
  CROSS JOIN LATERAL generate_series(b.first_day, b.last_day, INTERVAL '1 day') AS g(day)
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
