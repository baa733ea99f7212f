SELECT symbol, day, close,
       AVG(close) OVER (PARTITION BY symbol ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS avg_7
FROM prices
