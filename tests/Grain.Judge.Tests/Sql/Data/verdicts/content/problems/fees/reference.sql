SELECT id, fee FROM members
