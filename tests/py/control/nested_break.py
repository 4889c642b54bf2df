# Loops with try/finally interacting with break/continue/return.
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find([[1, 2], [3, 4]], 3), find([[1]], 9))
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def f():
    for i in range(5):
        try:
            return i
        finally:
            print("cleanup", i)
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            break
    finally:
        print("while finally", n)
