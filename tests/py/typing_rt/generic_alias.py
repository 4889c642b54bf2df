# list[int] and friends are types.GenericAlias objects; int | str is a types.UnionType.
import types
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(type(list[int]), type(list[int]) is types.GenericAlias)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__)
print(a("xy"), a == list[int], a == list[str], hash(a) == hash(list[int]))
print(types.GenericAlias(dict, (str, int)))
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList.__orig_bases__)
print(MyList[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
def f(x: list[int] | None = None) -> dict[str, int]:
    pass
print(f.__annotations__)
print(frozenset[int], set[bytes])
