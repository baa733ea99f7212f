-- expect: fail
-- verdict.sqlite: WA
-- verdict.postgres: RTE
-- message.postgres: beyond
SELECT id, CASE WHEN id = 1 THEN 1e999 ELSE fee END FROM members
