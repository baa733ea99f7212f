SELECT d.year, h.segment, SUM(f.amount) AS revenue
FROM fact_orders AS f
JOIN dim_date AS d ON d.date_key = f.date_key
JOIN customer_segment_history AS h
  ON h.customer_key = f.customer_key
 AND h.valid_from <= d.full_date
 AND (h.valid_to IS NULL OR d.full_date < h.valid_to)
GROUP BY d.year, h.segment
