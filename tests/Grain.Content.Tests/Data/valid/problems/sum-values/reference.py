def sum_values(rows):
    return sum(r["value"] for r in rows)
