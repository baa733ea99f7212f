SELECT id, zipcode FROM members
