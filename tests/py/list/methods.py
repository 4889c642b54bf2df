# list methods.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a"); print(a)
print(a.index(2), a.index(5, 2), a.count(1), [1, 1, 2].count(1))
b = a.copy(); b.append("x"); print(a, b)
a.reverse(); print(a)
a.clear(); print(a, len(a))
n = [5, 3, 8, 1]
n.sort(); print(n)
n.sort(key=lambda x: -x); print(n)
n.sort(reverse=True, key=str); print(n)
for fn in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(9), lambda: [1].index(9), lambda: [1, "a"].sort()):
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
