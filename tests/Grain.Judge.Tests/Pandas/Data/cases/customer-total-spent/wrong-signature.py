# expect: fail
# message: one keyword argument per table
import pandas as pd


def solution(customers, purchases):
    return customers
