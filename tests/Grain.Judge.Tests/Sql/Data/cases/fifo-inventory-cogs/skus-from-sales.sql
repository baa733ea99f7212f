-- expect: fail
-- engines: sqlite postgres duckdb
-- Starts from the sales: a SKU that was received but never sold has no row.
WITH ranged AS (
  SELECT sku, kind, qty, unit_cost,
         SUM(qty) OVER (PARTITION BY sku, kind ORDER BY moved_at, move_id ROWS UNBOUNDED PRECEDING) AS to_unit
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
costed AS (SELECT sku, SUM(units) AS units, SUM(units * unit_cost) AS cogs FROM matched GROUP BY sku)
SELECT s.sku, SUM(s.qty), COALESCE(MAX(c.cogs), 0), SUM(s.qty) - COALESCE(MAX(c.units), 0)
FROM sales AS s LEFT JOIN costed AS c ON c.sku = s.sku
GROUP BY s.sku ORDER BY s.sku
