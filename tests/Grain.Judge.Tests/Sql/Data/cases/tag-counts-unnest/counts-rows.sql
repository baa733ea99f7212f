-- expect: fail
-- engines: postgres
-- COUNT(*) counts a tag twice when an article repeats it.
SELECT lower(btrim(piece)) AS tag, COUNT(*) AS n
FROM articles, unnest(string_to_array(tags, ',')) AS t(piece)
WHERE btrim(piece) <> ''
GROUP BY 1
ORDER BY n DESC, tag
