# The match statement: literal, capture, wildcard, sequence, mapping, class, or/as patterns and guards.
def m(x):
    match x:
        case [1, *rest]: return ("list", rest)
        case {"a": v, **kw}: return ("dict", v, kw)
        case int(n) if n > 5: return ("big", n)
        case str() | bytes(): return "strish"
        case (a, b, c) as t: return ("triple", a, b, c, t)
        case [_, [x, y], *_, last]: return ("nested", x, y, last)
        case None: return "none"
        case -1 | 0 | 1.5 | 2+3j: return "lit"
        case _: return "other"
print([m([1, 2, 3]), m({"a": 9, "b": 1}), m(10), m("s"), m(1.5), m((1, 2, 3)), m(None), m(0), m(2+3j)])
print(m([0, [5, 6], 7, 8]), m(3), m([1]), m(b"x"))
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0):
            print("Origin")
        case Point(0, y):
            print(f"Y={y}")
        case Point(x, 0):
            print(f"X={x}")
        case Point():
            print("Somewhere else")
        case _:
            print("Not a point")
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), 5):
    where(p)
match = 5
case = [1]
print(match, case)
match (1, 2):
    case (a, b):
        print("tuple", a, b)
class Color:
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "none"
print(col(1), col(2), col(3))
def cmd(command):
    match command.split():
        case ["go", direction]:
            return "going " + direction
        case ["drop", *objects]:
            return "dropping " + ",".join(objects)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
print(cmd("go north"), cmd("drop a b"), cmd("exit"), cmd("fly"))
from collections import namedtuple
P = namedtuple("P", "a b")
match P(1, 2):
    case P(a, b):
        print("nt", a, b)
match {"x": 1}:
    case {}:
        print("empty mapping pattern matches any mapping")
