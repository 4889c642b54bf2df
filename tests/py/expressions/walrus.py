# Assignment expressions (walrus).
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter(["a", "b", "", "c"])
while (chunk := next(it)):
    print("chunk", chunk)
def f():
    total = 0
    [total := total + v for v in range(5)]
    return total
print(f())
print((z := 5) + z, z)
vals = [w for w in range(3) if (last := w) >= 0]
print(vals, last)
