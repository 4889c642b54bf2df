# for loops over various iterables, with else, break and continue.
for i in range(3):
    print(i, end=" ")
print()
for ch in "hi":
    print(ch)
for k in {"b": 1, "a": 2}:
    print("key", k)
for k, v in [("x", 1), ("y", 2)]:
    print(k, v)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
for x in []:
    print("never")
else:
    print("empty for else")
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not printed")
total = 0
for i in range(10, 0, -2):
    total += i
print(total, i)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
print(items)
