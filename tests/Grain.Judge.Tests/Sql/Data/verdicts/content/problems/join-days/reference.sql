SELECT id, joined FROM members
