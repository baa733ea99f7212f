-- engines: postgres
-- expect: fail
-- verdict: RTE
-- message: beyond
SELECT id, fee * 1e400 FROM members
