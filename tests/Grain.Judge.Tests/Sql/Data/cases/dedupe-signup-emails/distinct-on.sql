-- expect: pass
-- engines: postgres
SELECT DISTINCT ON (lower(btrim(email))) lower(btrim(email)),
       COUNT(*) OVER (PARTITION BY lower(btrim(email))), signup_id
FROM signups
WHERE btrim(email) <> ''
ORDER BY lower(btrim(email)), signed_up_at, signup_id
