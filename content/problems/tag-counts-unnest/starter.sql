-- Articles per cleaned tag (PostgreSQL). Columns: tag, articles; ordered by articles desc, then tag.
SELECT
FROM articles
