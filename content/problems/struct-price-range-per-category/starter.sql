-- Per category: category, products, price_range = {'low': lowest list_price, 'high': highest}.
SELECT category,
FROM dim_product
GROUP BY category
