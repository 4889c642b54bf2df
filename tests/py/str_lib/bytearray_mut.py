# bytearray: construction, repr, mutation, slice assignment, in-place operators.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytearray(), bytearray(3), bytearray(b"ab"), bytearray([1, 255]), bytearray("é", "utf-8"), bytearray(range(2)))
print(repr(bytearray(b"a\x00")), str(bytearray(b"x")), bytearray(b"x") == b"x", type(bytearray(b"x").upper()).__name__)
for f in [lambda: bytearray("abc"), lambda: bytearray(1.5), lambda: bytearray(-1), lambda: bytearray([300]),
          lambda: bytearray(None), lambda: bytearray(1, "utf-8"), lambda: bytearray(x=1), lambda: bytearray(errors="x"),
          lambda: hash(bytearray())]:
    t(f)

ba = bytearray(b"Hello")
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
ba.extend(x for x in [67])
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
print(ba, len(ba), ba[0], ba[-1], ba[1:4])
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(108)
ba.reverse()
print(ba, ba.find(b"o"), ba.count(108), ba.upper(), ba.hex())
c = ba.copy()
c.clear()
print(c, ba != c, len(ba))
ba[0] = 88
ba[-1] = 89
print(ba)
# Slice assignment through the method (the operator form is in bytes_core_pending.py).
ba = bytearray(b"XBAko !oleY")
ba.__setitem__(slice(1, 3), b"XYZ")
print(ba)
ba.__setitem__(slice(None, None, 2), bytes(len(ba[::2])))
ba.__setitem__(slice(1, 1), [65, 66])
print(ba)
del ba[0]
del ba[-1]
del ba[::3]
print(ba)
del ba[1:3]
ba.__setitem__(slice(2, None), bytearray(b"tail"))
ba.__setitem__(slice(None, 0), b"head")
ba.__setitem__(slice(0, 4), ba)
print(ba)
def setitem(k, v):
    b = bytearray(b"abc")
    b.__setitem__(k, v)
    return b
def delitem(k):
    b = bytearray(b"abc")
    del b[k]
    return b
for f in [lambda: setitem(slice(0, 2), 5), lambda: setitem(slice(0, 2), "xy"), lambda: setitem(slice(0, 3, 2), b"xyz"),
          lambda: setitem("a", 1), lambda: setitem(5, 1), lambda: setitem(0, 256), lambda: setitem(0, "a"),
          lambda: setitem(slice(0, 2), [1, 300]), lambda: setitem(slice(None, None, -1), b"xyz"), lambda: delitem(5),
          lambda: delitem("x"), lambda: delitem(slice(None, None, -2)), lambda: setitem(-4, 1), lambda: setitem(-3, 65)]:
    t(f)
x = bytearray(b"ab")
x += b"cd"
x += bytearray(b"e")
x *= 2
print(x)
y = x
y += b"!"
print(x is y, x)
z = bytearray(b"abc")
z.extend(z)
del z[0]
print(z, z.split(b"c"), z.partition(b"ab"), z.strip(b"a"), z.decode(), z.startswith(b"bc"))
w = bytearray(b"abc")
w[0] = 120
print(w, bytearray(b"x") * 3, 2 * bytearray(b"yz"), bytearray(b"ab") + b"cd", b"cd" + bytearray(b"ab"))
print(list(bytearray(b"AB")), 66 in bytearray(b"AB"), b"B" in bytearray(b"AB"), bytearray(b"%d-%s") % (1, b"x"))
for f in [lambda: bytearray(b"abc").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"abc").remove(120),
          lambda: bytearray(b"abc").remove(300), lambda: bytearray(b"abc").append(256), lambda: bytearray(b"abc").append("a"),
          lambda: bytearray(b"abc").insert(1, 256), lambda: bytearray(b"abc").insert(1), lambda: bytearray(b"abc").extend(5),
          lambda: bytearray(b"abc").extend([1, "a"]), lambda: bytearray(b"abc").extend("ab"), lambda: bytearray(b"abc").index(120),
          lambda: bytearray(b"abc").pop("x"), lambda: bytearray(b"abc").clear(1), lambda: bytearray(b"abc").append()]:
    t(f)
def iadd(v):
    b = bytearray(b"a")
    b += v
    return b
t(lambda: iadd("x"))
t(lambda: iadd(1))
