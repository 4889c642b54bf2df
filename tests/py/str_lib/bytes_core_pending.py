# skip: needs the core fixes listed in the str_lib report (bytearray slice assignment in
# objects/seq.rs setitem, `256 in b"a"`, `b"abc"[5]` message, bytearray repr quoting).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(repr(bytearray(b"a'\x00")), repr(bytearray(b"'\"")))
ba = bytearray(b"XBAko !oleY")
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba[1:1] = [65, 66]
print(ba)
del ba[0]
del ba[-1]
del ba[::3]
print(ba)
del ba[1:3]
print(ba)
ba[2:] = bytearray(b"tail")
ba[:0] = b"head"
print(ba)
ba[0:4] = ba
print(ba)
z = bytearray(b"abc")
z[0:1] = b""
w = bytearray(b"abc")
w[0:2] = [120]
print(z, w)
def setitem(k, v):
    b = bytearray(b"abc")
    b[k] = v
    return b
def delitem(k):
    b = bytearray(b"abc")
    del b[k]
    return b
for f in [lambda: setitem(slice(0, 2), 5), lambda: setitem(slice(0, 2), "xy"), lambda: setitem(slice(0, 3, 2), b"xyz"),
          lambda: setitem("a", 1), lambda: setitem(5, 1), lambda: setitem(0, 256), lambda: setitem(0, "a"),
          lambda: setitem(slice(0, 2), [1, 300]), lambda: setitem(slice(None, None, -1), b"xyz"), lambda: delitem(5),
          lambda: delitem("x"), lambda: delitem(slice(None, None, -2)), lambda: setitem(-4, 1)]:
    t(f)
t(lambda: 256 in b"a")
t(lambda: -1 in bytearray(b"a"))
t(lambda: b"abc"[5])
t(lambda: b"abc"[-4])
