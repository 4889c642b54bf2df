# split/rsplit/splitlines/partition/rpartition/join.
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("b"), "a\tb\nc  d".split(), "1 2 3".split(" ", 0))
print("x\ny\r\nz".splitlines(), "x\ny\n".splitlines(keepends=True), "".splitlines(), "one".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(3)))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 2])
except TypeError as e:
    print(type(e).__name__, e)
print("a  b".split(" "), " a b ".rsplit(None, 1), "a.b.c".rsplit(".", maxsplit=5))
