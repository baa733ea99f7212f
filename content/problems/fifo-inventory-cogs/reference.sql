WITH ranged AS (
  SELECT sku, kind, qty, unit_cost,
         SUM(qty) OVER (PARTITION BY sku, kind ORDER BY moved_at, move_id
                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS to_unit
  FROM stock_moves
),
receipts AS (
  SELECT sku, unit_cost, to_unit - qty AS from_unit, to_unit FROM ranged WHERE kind = 'receipt'
),
sales AS (
  SELECT sku, qty, to_unit - qty AS from_unit, to_unit FROM ranged WHERE kind = 'sale'
),
matched AS (
  SELECT s.sku,
         (CASE WHEN s.to_unit < r.to_unit THEN s.to_unit ELSE r.to_unit END)
         - (CASE WHEN s.from_unit > r.from_unit THEN s.from_unit ELSE r.from_unit END) AS units,
         r.unit_cost
  FROM sales AS s
  JOIN receipts AS r ON r.sku = s.sku AND r.from_unit < s.to_unit AND s.from_unit < r.to_unit
),
skus AS (
  SELECT DISTINCT sku FROM stock_moves
),
sold AS (
  SELECT sku, SUM(qty) AS units_sold FROM sales GROUP BY sku
),
costed AS (
  SELECT sku, SUM(units) AS units, SUM(units * unit_cost) AS cogs FROM matched GROUP BY sku
)
SELECT k.sku,
       COALESCE(s.units_sold, 0) AS units_sold,
       COALESCE(c.cogs, 0) AS cogs,
       COALESCE(s.units_sold, 0) - COALESCE(c.units, 0) AS unmatched_units
FROM skus AS k
LEFT JOIN sold AS s ON s.sku = k.sku
LEFT JOIN costed AS c ON c.sku = k.sku
ORDER BY k.sku
