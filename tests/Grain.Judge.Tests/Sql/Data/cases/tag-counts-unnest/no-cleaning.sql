-- expect: fail
-- engines: postgres
-- Without trimming and lower-casing, 'Kafka', 'kafka' and ' kafka' are different tags.
SELECT piece, COUNT(DISTINCT article_id) AS n
FROM articles, unnest(string_to_array(tags, ',')) AS t(piece)
WHERE piece <> ''
GROUP BY piece
ORDER BY n DESC, piece
