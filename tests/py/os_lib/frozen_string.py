# string: constants, capwords, Template, Formatter.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   world  "), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["abc $", "a\n $1", "${x"]:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(string.Template(bad).safe_substitute(x=1)), string.Template(bad).is_valid())
class At(string.Template):
    delimiter = "@"
print(At("@a + @{b}").substitute(a=1, b=2))
f = string.Formatter()
print(f.format("{0} {1!r:>5} {x.real} {y[0]}", 1, "a", x=3, y=[9]), f.format("{} {}", 1, 2), f.format("{:{w}}|", 5, w=4))
print(list(f.parse("a{{b{0}c}}d{x!s:>3}")))
class Loud(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Loud().format("{} and {}", "x", "y"))
