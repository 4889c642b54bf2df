# in / not in / is / is not across container types.
print(2 in [1, 2, 3], 4 not in (1, 2), "a" in {"a": 1}, 1 in {1, 2}, "b" in "abc")
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print([1] in [[1], [2]], (1, 2) in {(1, 2): "t"}, b"ab" in b"xaby")
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
print(3 in Box([3]), 4 not in Box([3]))
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 9 in It())
x = []
y = x
print(x is y, x is not y, [] is [], None is not None, type(None) is type(None))
print(float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan == nan)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
