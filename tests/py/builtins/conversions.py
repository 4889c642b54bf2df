# int(base), float, str, bool, list, tuple, dict, set, frozenset, bytes constructors.
print(int(), int("  -17 "), int("ff", 16), int("0xff", 16), int("777", 8), int("z", 36), int("101", base=2))
print(int(9.99), int(-9.99), int("0b11", 0), int(b"42"), int(True))
print(float(), float(1), float("  1e3 "), float("-inf"), str(), str(12), str(1.0), bool(), bool(0.0), bool("0"))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), tuple(), tuple([1]), tuple("xy"))
print(dict(), dict(a=1), dict([("b", 2)]), dict({"c": 3}, d=4), dict(zip("ef", (5, 6))))
print(set(), sorted(set("cab")), set([1, 1, 2]), frozenset(), frozenset([3, 3]), set(range(3)))
print(bytes(), bytes(2), bytes([1, 2]), bytes("hé", "utf-8"), bytes(b"x"), bytearray(b"ab"), bytearray(2))
print(type(int("5")).__name__, type(frozenset()).__name__, complex if False else "ok")
for fn, arg in ((int, "1.5"), (int, [1]), (float, "x1"), (dict, [1]), (bytes, "s"), (list, 5)):
    try:
        fn(arg)
    except (TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
