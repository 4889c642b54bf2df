# Recursion just below the limit works; raising the limit allows deeper recursion.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(950))
sys.setrecursionlimit(20000)
print(depth(15000))
def sum_list(lst):
    return 0 if not lst else lst[0] + sum_list(lst[1:])
print(sum_list(list(range(2000))))
