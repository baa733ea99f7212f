SELECT item, 0 AS avg_price FROM sales;
