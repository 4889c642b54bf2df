# match/case stay usable as names; match statements nest and work in classes and generators.
match = {"case": 1}
case = 2
match["case"] += case
print(match, case)
def match_(x): return x
print(match_(3))
class Shape:
    kind = "circle"
    match kind:
        case "circle":
            sides = 0
        case _:
            sides = None
print(Shape.sides)
def gen(items):
    for it in items:
        match it:
            case (x, y) if x == y:
                yield "pair of", x
            case (x, y):
                match y:
                    case [*inner]:
                        yield "inner", inner
                    case _:
                        yield "two", x, y
            case other:
                yield "other", other
print(list(gen([(1, 1), (1, [2, 3]), (1, 2), "s"])))
def guard_side_effects(v):
    calls = []
    def g(n):
        calls.append(n)
        return False
    match v:
        case 1 if g(1):
            pass
        case int(n) if g(2):
            pass
        case _:
            pass
    return calls
print(guard_side_effects(1), guard_side_effects(5), guard_side_effects("x"))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case x:
        print("bound", x)
match [1, 2, 3, 4, 5]:
    case [first, *_, last]:
        print(first, last)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(rest)
