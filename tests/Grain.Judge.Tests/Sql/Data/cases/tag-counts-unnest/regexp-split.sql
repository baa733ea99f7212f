-- expect: pass
-- engines: postgres
SELECT tag, COUNT(DISTINCT article_id) AS n
FROM (SELECT article_id, lower(btrim(x)) AS tag FROM articles, regexp_split_to_table(tags, ',') AS x) AS s
WHERE tag <> ''
GROUP BY tag
ORDER BY n DESC, tag
