# Test helper: parse Python source from stdin with CPython's `ast` and print it as an
# s-expression that tests/pyast.rs turns into gilpy's AST. Test-only; not shipped.
import ast, json, sys

POS = (ast.stmt, ast.expr, ast.arg, ast.keyword, ast.alias, ast.excepthandler)

def out(x, w):
    if isinstance(x, ast.AST):
        w.append("(" + type(x).__name__)
        if isinstance(x, POS):
            w.append("@%d,%d,%d,%d" % (x.lineno, x.col_offset, x.end_lineno or x.lineno, x.end_col_offset or 0))
        for f in x._fields:
            out(getattr(x, f, None), w)
        w.append(")")
    elif isinstance(x, list):
        w.append("[")
        for i in x:
            out(i, w)
        w.append("]")
    elif x is None:
        w.append("~")
    elif x is True:
        w.append("T")
    elif x is False:
        w.append("F")
    elif x is Ellipsis:
        w.append("E")
    elif isinstance(x, int):
        w.append("i%d" % x)
    elif isinstance(x, float):
        w.append("f" + repr(x))
    elif isinstance(x, complex):
        w.append("j" + repr(x.imag))
    elif isinstance(x, str):
        w.append(json.dumps(x))
    elif isinstance(x, bytes):
        w.append("b" + (x.hex() or "-"))
    else:
        raise TypeError(type(x))

src = sys.stdin.read()
try:
    tree = ast.parse(src, mode=sys.argv[1] if len(sys.argv) > 1 else "exec")
except SyntaxError as e:
    print("ERR", e.msg)
    sys.exit(0)
for n in ast.walk(tree):
    if type(n).__name__ in ("Match", "TryStar"):
        print("ERR unsupported", type(n).__name__)
        sys.exit(0)
w = []
out(tree, w)
print(" ".join(w))
