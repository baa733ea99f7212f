-- expect: fail
-- engines: sqlite postgres duckdb
-- Weighted-average cost, not FIFO: every sold unit costs the SKU's average receipt price.
WITH rec AS (
  SELECT sku, SUM(qty) AS units_in, SUM(qty * unit_cost) AS cost_in FROM stock_moves WHERE kind = 'receipt' GROUP BY sku
),
sold AS (SELECT sku, SUM(qty) AS units_sold FROM stock_moves WHERE kind = 'sale' GROUP BY sku),
skus AS (SELECT DISTINCT sku FROM stock_moves)
SELECT k.sku, COALESCE(s.units_sold, 0),
       COALESCE(1.0 * r.cost_in / r.units_in * CASE WHEN s.units_sold < r.units_in THEN s.units_sold ELSE r.units_in END, 0),
       CASE WHEN COALESCE(s.units_sold, 0) > COALESCE(r.units_in, 0) THEN COALESCE(s.units_sold, 0) - COALESCE(r.units_in, 0) ELSE 0 END
FROM skus AS k LEFT JOIN rec AS r ON r.sku = k.sku LEFT JOIN sold AS s ON s.sku = k.sku
ORDER BY k.sku
