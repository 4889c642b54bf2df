# json.loads of all value types.
import json
doc = '{"int": 1, "neg": -2, "float": 1.5, "exp": 1e3, "str": "s\\u00e9\\n", "list": [1, [2]], "t": true, "f": false, "n": null}'
obj = json.loads(doc)
print(obj)
print(type(obj["int"]).__name__, type(obj["exp"]).__name__, obj["str"])
print(json.loads("[]"), json.loads(" 42 "), json.loads('"x"'), json.loads("null"), json.loads("12345678901234567890"))
print(json.loads('{"a": {"b": {"c": [1, 2, {"d": null}]}}}')["a"]["b"]["c"][2])
print(json.loads('"\\ud83d\\ude00"'), json.loads('["\\"quoted\\"", "back\\\\slash", "\\/"]'))
print(json.loads('{"dup": 1, "dup": 2}'), json.loads("-0"), json.loads("-0.0"), json.loads("1E-2"))
print(json.loads(b'{"bytes": true}'), json.loads("NaN") != json.loads("NaN"), json.loads("Infinity"))
