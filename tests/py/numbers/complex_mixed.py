# complex mixes with int, float and bool; float powers with a negative base are complex.
vals = [0, 1, -2, 2.5, -0.0, True, 1j, -1j, 1 + 1j, 3 - 4j, complex(0, -0.0)]
for a in vals:
    for b in vals[6:]:
        out = [a + b, a - b, a * b]
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
        print(repr(a), repr(b), out)
for base in (-8, -2.0, -0.5):
    for e in (0.5, 1 / 3, -1.5, 2.0):
        print(base, e, base ** e)
print(pow(2j, 3), pow(1 + 1j, -3), (1 + 1j) ** 101, (1 + 2j) ** (0.5 + 0.5j))
print(abs(-3 - 4j), abs(1e308 + 1e308j), (1+1j) == (1+1j), 2 == 2 + 0j, 2.0 != 2 + 1j)
print(sorted([3j, 1j, 2j], key=abs), max([1 + 1j, 3j], key=lambda z: z.imag))
