WITH named AS (
  SELECT contact_id, trim(full_name) AS nm FROM contacts
)
SELECT contact_id,
       CASE
         WHEN strpos(nm, ',') > 0 THEN trim(substr(nm, strpos(nm, ',') + 1))
         WHEN strpos(nm, ' ') > 0 THEN substr(nm, 1, strpos(nm, ' ') - 1)
         ELSE nm
       END AS first_name,
       CASE
         WHEN strpos(nm, ',') > 0 THEN trim(substr(nm, 1, strpos(nm, ',') - 1))
         WHEN strpos(nm, ' ') > 0 THEN trim(substr(nm, strpos(nm, ' ') + 1))
       END AS last_name
FROM named
