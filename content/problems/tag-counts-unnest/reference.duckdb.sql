SELECT t.tag, COUNT(DISTINCT a.article_id) AS articles
FROM articles AS a
CROSS JOIN LATERAL unnest(string_to_array(a.tags, ',')) AS raw(piece)
CROSS JOIN LATERAL (SELECT lower(trim(raw.piece)) AS tag) AS t
WHERE t.tag <> ''
GROUP BY t.tag
ORDER BY articles DESC, t.tag
