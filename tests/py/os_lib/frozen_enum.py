# enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, lookups, auto, aliases, unique, functional API.
import sys
import enum as M
class Color(M.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower() + "!"
    @classmethod
    def first(cls):
        return cls.RED
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, Color.first())
print(list(Color), len(Color), Color.RED in Color, [m.name for m in reversed(Color)])
print(Color.RED.name, Color.RED.value, Color.BLUE.describe(), list(Color.__members__), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, {Color.RED: "r"}[Color.CRIMSON], isinstance(Color.RED, Color))
try: Color(7)
except ValueError as e: print("ValueError", e)
try: Color["PINK"]
except KeyError as e: print("KeyError", e)
try: Color.RED = 9
except AttributeError as e: print("AttributeError", e)
print(repr(Color), f"{Color.RED}", "%s" % Color.GREEN, format(Color.BLUE, ">12") + "|")
class Auto(M.Enum):
    A = M.auto()
    B = M.auto()
    C = 10
    D = M.auto()
print([(m.name, m.value) for m in Auto])
class Planet(M.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)).name)
class Sh(M.IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Sh.CIRCLE, repr(Sh.SQUARE), Sh.CIRCLE == 1, Sh.SQUARE + 1, Sh(2), sorted([Sh.SQUARE, Sh.CIRCLE]), f"{Sh.CIRCLE:03d}", isinstance(Sh.CIRCLE, int))
class S(M.StrEnum):
    X = M.auto()
    Y = "why"
print(S.X, repr(S.Y), S.X == "x", S.Y.upper(), f"{S.Y}")
class Perm(M.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), repr(~Perm.R))
class AF(M.Flag):
    A = M.auto()
    B = M.auto()
    C = M.auto()
print([m.value for m in AF], repr(AF.A | AF.C))
class IF(M.IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, repr(IF.A | IF.B), IF.A | 2 == 3, int(IF.B))
try:
    @M.unique
    class U(M.Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError", e)
Anim = M.Enum("Anim", "CAT DOG")
print(list(Anim), Anim.DOG.value, M.Enum("T", [("X", 5)]).X)
class Mis(M.Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(Mis("zzz"))
