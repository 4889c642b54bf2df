# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while-else ran")
n = 0
while True:
    n += 1
    if n >= 3:
        break
else:
    print("not printed")
print("n", n)
k = 10
while k > 0:
    k -= 3
print("k", k)
count = 0
while count < 3:
    count += 1
    j = 0
    while j < 10:
        j += 1
        if j == 2:
            break
    else:
        print("inner else")
print("count", count, "j", j)
while 0:
    print("never")
else:
    print("else of false while")
