# eval(), exec() and compile() with namespaces.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\ndef f(n):\n    return n * a\nb = f(3)", ns)
print(ns["a"], ns["b"], ns["f"](2), sorted(k for k in ns if k != "__builtins__"))
code = compile("print('compiled', v)", "<string>", "exec")
exec(code, {"v": 1})
exec(code, {"v": 2})
expr = compile("p ** 2", "<expr>", "eval")
print(eval(expr, {"p": 9}), type(code).__name__)
loc = {}
exec("y = 10", None, loc)
print(loc)
single = compile("40 + 2", "<single>", "single")
exec(single)
print(eval("len('abc')"), eval("  3"), eval("__name__"))
x = "global x"
def scope():
    x = "local x"
    return eval("x")
print(scope())
print(exec("1"), eval("None"))
try:
    eval("import os")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
try:
    compile("x", "<f>", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
