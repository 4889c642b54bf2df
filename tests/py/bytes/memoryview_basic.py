# memoryview over bytes (read-only) and bytearray (writable).
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), bytearray(m), list(m[::-1]))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.obj)
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = 72
v[1:3] = b"EL"
print(ba, v.readonly, v.tolist(), v.hex(), v[::2].tobytes(), v[1:4][1])
print(b"ab" + memoryview(b"cd"), m == b"abcdef", b"abcdef" == m, m != b"x")
print(memoryview(b"abcdef")[2:4] == b"cd", memoryview(memoryview(b"12"))[1])
print(hash(memoryview(b"ab")) == hash(b"ab"), type(m).__name__, list(memoryview(b"ab")))
print(b"abc".startswith(memoryview(b"ab")), bytes(memoryview(b"zz")))
with memoryview(b"x") as q:
    print(q[0])
for bad in ("q[0]", "m.__setitem__(0, 1)", "v.__setitem__(0, 256)", "memoryview('s')",
            "v.__setitem__(slice(0, 2), b'abc')", "m[10]", "hash(v)", "del v[0]"):
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
