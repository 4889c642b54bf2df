# json.dumps with indent and sort_keys.
import json
data = {"name": "gilpy", "tags": ["a", "b"], "nested": {"z": 1, "y": [], "x": {}}, "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=0))
