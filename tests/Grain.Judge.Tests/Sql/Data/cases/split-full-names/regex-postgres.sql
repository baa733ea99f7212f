-- expect: pass
-- engines: postgres
WITH named AS (SELECT contact_id, btrim(full_name) AS nm FROM contacts)
SELECT contact_id,
       CASE WHEN nm LIKE '%,%' THEN btrim(substring(nm from ',(.*)$')) ELSE substring(nm from '^(\S+)') END,
       CASE WHEN nm LIKE '%,%' THEN btrim(split_part(nm, ',', 1)) ELSE NULLIF(btrim(substring(nm from '^\S+(.*)$')), '') END
FROM named
