# Unbounded recursion raises RecursionError, which is catchable; the script continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("continues after RecursionError")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) > 0, len(str(fact(500))))
for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        print("caught again", attempt)
print(isinstance(RecursionError(), RuntimeError))
