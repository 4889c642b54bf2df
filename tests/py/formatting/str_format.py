# str.format with positional, indexed, keyword, attribute and item fields.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=5), "{0[1]} {0[0]}".format(["x", "y"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}))
class Pt:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=Pt()), "{.x}".format(Pt()))
print("{:>6}|{:<6}|{:^6}|{:*^6}|".format("ab", "cd", "ef", "gh"))
print("{:.3f} {:,} {:x} {:08.2f} {:+}".format(2.5, 10**6, 255, -3.14159, 7))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{{}} {{{0}}}".format(1), "{0:{1}}|".format("w", 4), "{:{}.{}f}".format(3.14159, 8, 2))
print("{0}{0}{0}".format("ha"), "{}".format(None), "{:d}".format(True))
print(format(3.14159, ".1f"), format(42, "b"), format("x", ">3"), format(12345, ","), format(None))
print("{:%}".format(0.25), "{:.0%}".format(1 / 3), "{:e}".format(12345.6789))
for fmt, args, kw in (("{} {}", (1,), {}), ("{x}", (), {}), ("{0} {}", (1, 2), {}), ("{:d}", ("s",), {}), ("{", (), {})):
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
