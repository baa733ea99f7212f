SELECT id AS member_id, fee FROM members
