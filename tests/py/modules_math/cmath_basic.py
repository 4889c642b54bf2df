# cmath: constants and the main functions (printed to 10 digits).
import cmath
print(cmath.pi == 3.141592653589793, cmath.inf, cmath.infj, cmath.nanj)
def show(z):
    if isinstance(z, tuple):
        return "(%s)" % ", ".join("%.10g" % x for x in z)
    if isinstance(z, complex):
        return "complex(%.10g, %.10g)" % (z.real, z.imag)
    return "%.10g" % z
for z in (1+1j, -2+0.5j, 3-4j, 0.5j, -1.5, 2.0):
    print(z, [show(f(z)) for f in (cmath.phase, cmath.polar, cmath.exp, cmath.log, cmath.sqrt,
                                   cmath.cos, cmath.sin, cmath.tan, cmath.cosh, cmath.sinh,
                                   cmath.tanh, cmath.asin, cmath.acos, cmath.atan,
                                   cmath.asinh, cmath.acosh, cmath.atanh, cmath.log10)])
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-0.0), cmath.rect(2, 0), show(cmath.rect(1, cmath.pi / 2)))
print(cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isclose(1j, 1.0000000001j))
print(show(cmath.log(8, 2)), show(cmath.log(-1)))
for bad in ("cmath.log(0)", "cmath.log([])", "cmath.sqrt('x')"):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
