-- expect: fail
-- message: reads no table of the dataset
-- engines: sqlite
VALUES (1, 'Bob', 222.42), (2, 'Amy', 180), (3, 'Rob', 11.23)
