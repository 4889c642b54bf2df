# str.format and str.format_map: numbering, field names, conversions, nested specs, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r} {0!s} {0!a}".format("é'"), "{!r:>8}|".format("ab"), "{0:>{1}}|".format("x", 5), "{:{}{}}|".format(3, "<", 4))
print("{:*^{w}.{p}f}".format(3.14159, w=12, p=2), "{0[0]} {0[1]}".format([10, 20]), "{d[key]} {d[k2]}".format(d={"key": "v", "k2": 2}))
class P:
    x = 3
    y = [4, 5]
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print("{0.x} {0.y[1]} {0} {0:abc} {0!r:.3}".format(p))
print("{{}} {{{0}}} }}{{".format("in"), "{0[a b]}".format({"a b": 1}), "{0[-1]}".format({"-1": "neg"}), "{0[1]}".format("xyz"))
print("{:,} {:_b} {:#x} {:08.3f} {:+d} {:e} {:%} {:g}".format(1234567, 10, 255, 3.14159, 5, 12345.678, 0.25, 1e20))
print("{:<5}|{:>5}|{:^5}|{:=+6}|{:05}".format("a", "b", "c", 42, "s"), "{:.2}".format("abcdef"), "{:c}".format(65))
print("{0}{1}{0}".format("ab", ""), "{}".format(None), "{}".format([1, "a"]), "{:>6}".format(True), "{:d}".format(True))
print("{}".format(10**30), "{:,}".format(-10**20), "{:.3s}|{:5.1s}|".format("hello", "world"))
print("{!s:^9}".format(1.5), "{:x<4d}".format(7), "{0:{fill}{align}{width}}".format("z", fill="#", align=">", width=4))
print("{a.real}{a.imag}".format(a=5), "{0.__class__.__name__}".format("s"), "{[0]}".format(("t",)))
print("{0}".format_map({}) if False else "{name} {n[0]}".format_map({"name": "map", "n": [7]}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)))
t(lambda: "{0}".format())
t(lambda: "{}".format())
t(lambda: "{} {}".format(1))
t(lambda: "{x}".format())
t(lambda: "{0[0]}".format([]))
t(lambda: "{0.foo}".format(1))
t(lambda: "{0!x}".format(1))
t(lambda: "{0!}".format(1))
t(lambda: "{0!rr}".format(1))
t(lambda: "{:d}".format("a"))
t(lambda: "{:x}".format(1.5))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "x{0".format(1))
t(lambda: "{0:{1}}".format(1))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{0[}".format(1))
t(lambda: "{0]}".format(1))
t(lambda: "{0.}".format(1))
t(lambda: "{0[0]x}".format([1]))
t(lambda: "{:=5}".format("a"))
t(lambda: "{:+}".format("a"))
t(lambda: "{:,}".format("a"))
t(lambda: "{:,s}".format(1))
t(lambda: "{}".format_map({}))
t(lambda: "{0}".format_map({}))
t(lambda: "{x}".format_map({}))
t(lambda: "{x}".format_map(1))
t(lambda: "a".format_map())
t(lambda: str.format())
t(lambda: "{0:{1}}".format(1, "{"))
t(lambda: format([], "x"))
t(lambda: "{:x}".format([]))
t(lambda: "{!r:x}".format(1))
