SELECT starttime, member, id FROM sessions ORDER BY starttime, member DESC, id
