# Assignment forms: chained, tuple, attribute, subscript and augmented.
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
class Obj:
    pass
o = Obj()
o.n = 1
o.n += 5
o.lst = [1]
o.lst += [2]
print(o.n, o.lst)
d = {"k": 1}
d["k"] += 10
d.setdefault("m", []).append(3)
print(d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 2
print(lst)
t = (1, 2)
t += (3,)
print(t)
s = "ab"
s *= 2
print(s)
m = [[0, 0], [0, 0]]
m[1][0] = 5
m[0][1] += 7
print(m)
count = 0
def bump():
    global count
    count += 1
    return count
arr = [0, 0, 0]
arr[bump()] += 1
print(arr, count)
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
