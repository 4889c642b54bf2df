# Long but shallow expressions and long chains compile and run; very deep unary/lambda nesting fails cleanly.
src = "x = " + " + ".join(["1"] * 1500)
ns = {}
exec(src, ns)
print(ns["x"])
print(eval("-" * 100 + "1"), eval("not " * 101 + "True"))
chain = "a" + ".b" * 1000
class B:
    pass
b = B()
b.b = b
print(eval(chain, {"a": b}) is b)
for src in ["-" * 100000 + "1", "lambda: " * 5000 + "0", "[" * 5000 + "]" * 5000]:
    try:
        eval(src)
        print("evaluated")
    except (SyntaxError, RecursionError, MemoryError):
        # CPython raises MemoryError or SyntaxError here; any of these three is fine.
        print("rejected cleanly")
print("done")
