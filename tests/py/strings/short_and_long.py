# Strings around the length where gilpy stops storing text inline (30 bytes): building,
# appending in place, slicing, case mapping, splitting, hashing and dict keys.
for n in (0, 1, 15, 29, 30, 31, 45, 60, 61):
    s = "aB" * (n // 2) + "c" * (n % 2)
    t = s
    t += "Xy"
    u = s + "é"
    v = u
    v += "ß" * 3
    print(n, len(s), len(t), len(u), len(v), s.lower() == s.lower(), t.upper()[-3:],
          u.upper()[-2:], v.lower()[-4:], v.upper()[-7:], s[1:4], u[-3:], v[n - 1:n + 2])
    print(hash(s) == hash("".join(list(s))), hash(v) == hash(v[:len(v)]),
          {s: 1}.get("".join(reversed(list(reversed(s))))), s.split("B")[:2],
          t.title()[:5], s.swapcase()[-3:])

acc = ""
for i in range(40):
    acc += chr(97 + i % 26)
    if i in (28, 29, 30, 31, 39):
        print(i, acc, len(acc), acc.upper(), acc.capitalize()[:3], acc.lower() is acc)

w = "ÉCOLE ŒUVRE ǅ ﬁ" * 2
print(w.lower(), w.upper(), w.casefold(), len(w.lower()), len(w.upper()))
words = "  alpha  BETA gamma\tdelta\nepsilon  ".split()
print(words, [x.upper() for x in words], [x.lower() for x in words])
print("x".join(words), "".join(w.lower() for w in words).split("a"))
long = "The quick brown fox jumps over the lazy dog; " * 3
print(long.split(" ")[:4], long.rsplit(" ", 2), long.lower()[:20], long.upper()[-20:])
print(" ".split(" "), "".split(","), "abc".split(","), "a,b,".rsplit(",", 1))

# int formatting with widths, zero padding, signs and grouping
for n in (0, 7, -7, 123, -12345, 10 ** 18, -(10 ** 18), 2 ** 63 - 1, -(2 ** 63), 10 ** 25):
    print(f"[{n:05d}|{n:>8}|{n:<6}|{n:^9}|{n:+d}|{n: d}|{n:=+10}|{n:,}|{n:_}|{n:012,}|{n:x}|{n:#X}]")
print(f"{5:c}{65:c}|{255:08b}|{-255:#010o}|{3:03}|{3:0=3}|{-3:03}|{3:*^7d}")
