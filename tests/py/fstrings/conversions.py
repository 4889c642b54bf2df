# f-string conversions !r !s !a and the = specifier.
s = "héllo\n"
print(f"{s!r}", f"{s!s}", f"{s!a}")
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
    def __format__(self, spec):
        return "fmt-P[" + spec + "]"
p = P()
print(f"{p}", f"{p!s}", f"{p!r}", f"{p:abc}", f"{p!r:>10}")
x = 10
y = "two"
print(f"{x=}", f"{y=}", f"{x + 1=}", f"{x = }", f"{x=:5}", f"{y=!s}")
print(f"{3.5!r:>8}|", f"{'a'!r:^7}|")
