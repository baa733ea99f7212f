-- engines: postgres
-- expect: fail
-- verdict: WA
SELECT id, fee * 1e30 * 1e30 FROM members
