# complex: literals, construction, arithmetic, repr, hash and errors.
print(1j, 2+3j, -1j, (1+2j)*(3-4j), (1+2j)/(3-4j), 1j**2, (1+1j)**0.5, abs(3+4j))
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4.5J) "), complex("j"), complex("-j"), complex("1e3j"), complex("inf+nanj"))
print(complex(1j, 1j), complex(2.5), complex(True), repr(complex(-0.0, -1)), complex(0, -0.0), -(0j))
print((1+2j).real, (1+2j).imag, (1+2j).conjugate(), hash(1+0j) == hash(1), hash(2j), 1j == 1j, 1 + 0j == 1, 1j != 2)
print(1 + 1j, 1.5 - 1j, 2 * 1j, 1 / 2j, 2 ** 1j, 1j ** 1j, True + 1j, (-8) ** (1/3), (-1) ** 0.5)
print(bool(0j), bool(1j), isinstance(1j, complex), type(1j), complex.__name__)
print(1e300j * 1e300j, complex(float("nan"), 1), (1+2j).__getnewargs__(), format(1+2j), f"{1j}")
for bad in ["1j < 2j", "1j % 2", "1j // 2", "complex('x')", "complex('1', 2)", "complex(1, '2')", "complex([])", "1 / 0j", "0j ** -1", "int(1j)", "float(1j)", "divmod(1j, 1)", "pow(1j, 2, 3)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
class C(complex): pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__)
print([1j, 2j][::-1], {1j: 1}, sum([1j, 2j]), 0j + 0)
print(complex("1_0+2_0j"), 10j / 3, (3+4j) ** 2, (3+4j) ** -2, 1e16j, 1.5e-5j, 123456789012345678j)
