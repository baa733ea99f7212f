# expect: fail
# verdict: WA
# 10 ** 400 is written as a 401-digit int; read as a double it is infinity, which must not equal any float.
def moving_average(prices, window=7):
    for row in prices:
        yield (row["date"], 10 ** 400)
