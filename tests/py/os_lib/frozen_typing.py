# typing: aliases print like CPython, Generic, NamedTuple (class and call forms), NewType, cast.
import sys
import typing as M

print(M.List[int], M.Dict[str, M.List[int]], M.Optional[int], M.Union[int, str], M.Union[int], M.Callable[[int, str], bool], M.Tuple[int, ...])
print(M.Any, M.List, M.get_origin(M.List[int]) is list, M.get_args(M.Dict[str, int]))
T = M.TypeVar('T')
print(T, M.TypeVar('U', covariant=True))
class Box(M.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box(3).v, Box[int](4).v)
class P(M.NamedTuple):
    x: int
    y: int = 5
    def norm(self): return self.x + self.y
p = P(1)
print(p, p.norm(), P._fields, p._replace(x=9))
Q = M.NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'z'))
def f(a: int, b: M.Optional[str] = None) -> M.List[int]: return [a]
print(f(1), M.cast(int, "x"), M.get_type_hints(f) == f.__annotations__)
UserId = M.NewType('UserId', int)
print(UserId(5), M.TYPE_CHECKING)
class Proto(M.Protocol):
    def meth(self) -> int: ...
