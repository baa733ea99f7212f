SELECT item, AVG(price) AS avg_price FROM sales GROUP BY item;
