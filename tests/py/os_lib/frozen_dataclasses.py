# dataclasses: generated __init__/__repr__/__eq__, order, frozen, field(), asdict, replace, inheritance.
import sys
import dataclasses as M
@M.dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5))
try: Point()
except TypeError as e: print("TypeError", e)
try: hash(p)
except TypeError as e: print("TypeError", e)
@M.dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: list = M.field(default_factory=list, compare=False, repr=False)
v = Version(1, 2)
print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(v) == hash(Version(1, 2)))
try: v.major = 3
except M.FrozenInstanceError as e: print("FrozenInstanceError", e)
@M.dataclass
class Inv:
    name: str
    qty: int = 1
    items: list = M.field(default_factory=list)
    def __post_init__(self):
        self.total = self.qty * 2
i = Inv("a", 3)
i.items.append(1)
print(i, i.total, Inv("b").items, M.asdict(i), M.astuple(i))
print([f.name for f in M.fields(Inv)], M.is_dataclass(i), M.is_dataclass(3), M.replace(i, qty=7))
try:
    @M.dataclass
    class Bad:
        a: list = []
except ValueError as e: print("ValueError", e)
try:
    @M.dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print("TypeError", e)
@M.dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, 3), Child(1), M.fields(Child)[2].name)
@M.dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), Point.__match_args__)
@M.dataclass
class Nested:
    p: Point
    ps: list
print(M.asdict(Nested(Point(1), [Point(2, 3)])))
C = M.make_dataclass("C", [("a", int), ("b", int, M.field(default=5))])
print(C(1), C(1, 2).b)
@M.dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), type(hash(NoEq(1))).__name__)
