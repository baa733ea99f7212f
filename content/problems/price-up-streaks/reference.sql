WITH moves AS (
  SELECT symbol, day,
         CASE WHEN close > LAG(close) OVER (PARTITION BY symbol ORDER BY day) THEN 1 ELSE 0 END AS up
  FROM prices
),
runs AS (
  -- The count of non-up rows so far stays the same across a run of up rows.
  SELECT symbol, day, up,
         SUM(1 - up) OVER (PARTITION BY symbol ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_id
  FROM moves
),
streaks AS (
  SELECT symbol, run_id, COUNT(*) AS streak, MAX(day) AS streak_end
  FROM runs
  WHERE up = 1
  GROUP BY symbol, run_id
),
ranked AS (
  SELECT symbol, streak, streak_end,
         ROW_NUMBER() OVER (PARTITION BY symbol ORDER BY streak DESC, streak_end DESC) AS rn
  FROM streaks
)
SELECT symbol, streak AS longest_streak, streak_end
FROM ranked
WHERE rn = 1
