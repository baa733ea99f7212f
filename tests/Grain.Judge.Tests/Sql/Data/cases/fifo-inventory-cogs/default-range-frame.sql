-- expect: fail
-- engines: sqlite postgres duckdb
-- ORDER BY moved_at alone with the default RANGE frame: movements at the same second share one running
-- total, so tied lots overlap and units are costed twice.
WITH ranged AS (
  SELECT sku, kind, qty, unit_cost, SUM(qty) OVER (PARTITION BY sku, kind ORDER BY moved_at) AS to_unit
  FROM stock_moves
),
receipts AS (SELECT sku, unit_cost, to_unit - qty AS from_unit, to_unit FROM ranged WHERE kind = 'receipt'),
sales AS (SELECT sku, qty, to_unit - qty AS from_unit, to_unit FROM ranged WHERE kind = 'sale'),
matched AS (
  SELECT s.sku,
         (CASE WHEN s.to_unit < r.to_unit THEN s.to_unit ELSE r.to_unit END)
         - (CASE WHEN s.from_unit > r.from_unit THEN s.from_unit ELSE r.from_unit END) AS units,
         r.unit_cost
  FROM sales AS s JOIN receipts AS r ON r.sku = s.sku AND r.from_unit < s.to_unit AND s.from_unit < r.to_unit
),
sold AS (SELECT sku, SUM(qty) AS units_sold FROM stock_moves WHERE kind = 'sale' GROUP BY sku),
costed AS (SELECT sku, SUM(units) AS units, SUM(units * unit_cost) AS cogs FROM matched GROUP BY sku)
SELECT k.sku, COALESCE(s.units_sold, 0), COALESCE(c.cogs, 0), COALESCE(s.units_sold, 0) - COALESCE(c.units, 0)
FROM (SELECT DISTINCT sku FROM stock_moves) AS k
LEFT JOIN sold AS s ON s.sku = k.sku LEFT JOIN costed AS c ON c.sku = k.sku
ORDER BY k.sku
