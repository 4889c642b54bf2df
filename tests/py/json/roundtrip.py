# dumps/loads round trips and file-based dump/load.
import json, os
values = [0, -1, 10**30, 0.1, 1e-300, "", "ünïcödé", [1, "a", None], {"k": {"k2": [True, False]}}, [[[]]]]
for v in values:
    s = json.dumps(v)
    print(s, json.loads(s) == v)
path = os.path.join(os.environ["TMPDIR"], "data.json")
with open(path, "w") as f:
    json.dump({"saved": [1, 2, 3]}, f, indent=2)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
print(json.loads(json.dumps({"t": (1, 2)})), json.loads(json.dumps({1: 2})))
