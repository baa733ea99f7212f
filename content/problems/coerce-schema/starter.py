def validate(rows, schema):
    """Yield ["ok", coerced_row] or ["bad", row_number, [[field, code], ...]] for each row."""
    raise NotImplementedError
