# json.dumps of all basic types with default settings.
import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "str"}))
print(json.dumps([]), json.dumps({}), json.dumps(None), json.dumps(3), json.dumps(-1.5), json.dumps("x"))
print(json.dumps("é\n\"\\\t\u0001😀"), json.dumps("é", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(10**20), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps({"z": 1, "a": 2}, sort_keys=True), json.dumps([1, 2], separators=(",", ":")))
print(json.dumps({"k": [1, {"n": None}]}, separators=(",", ":")))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"o": object()}, default=lambda o: "custom"))
