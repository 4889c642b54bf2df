# json: hooks, encoder/decoder classes, raw_decode, errors and their attributes.
import json, io
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: ("obj", sorted(d))))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\/"'), json.loads(b'\xef\xbb\xbf[1]'), json.loads(bytearray(b'{"k": null}')))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], cls=PointEncoder))
print(PointEncoder(indent=1, sort_keys=True).encode({"b": Point(0, 0), "a": 1}))
try:
    json.dumps({1, 2}, cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)
dec = json.JSONDecoder()
print(dec.decode(' [1, "two"] '), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[2]', 2))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
class Hooked(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)
print(json.loads('{"name": {"inner": 1}}', cls=Hooked))
for bad in ['{"a": 1', '{"a": 1 "b": 2}', '[1, 2', '"abc', '"a\\qb"', '"\\u12G4"', '"tab\there"', '\ufeff[]', '[1] x', '{"a": }', 'nul', '-', '01', '1.', '[1,]', '\n\n  @']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == bad)
print(json.loads('"tab\there"', strict=False))
e = json.JSONDecodeError("Custom", "line1\nline2", 8)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.dumps("\u2603 \x7f \x00 \u001f", ensure_ascii=True), json.dumps("\u2603 \x7f", ensure_ascii=False))
print(json.dumps({"a": [1, {"b": 2}]}, separators=(";", "=")), json.dumps([1, 2], indent="--"))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True), json.dumps({3: 1, 2.5: 2, False: 3, None: 4}, sort_keys=False))
try:
    json.dumps({(1, 2): 1})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
shared = [1]
print(json.dumps([shared, shared]))
print(json.dumps([float("inf"), -float("inf")]), json.dumps(1e-7), json.dumps(123456789.0), json.dumps(-0.0), json.dumps(2**64))
try:
    json.dumps([float("-inf")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(True), json.dumps(False), json.dumps(None), json.dumps("é", ensure_ascii=False))
buf = io.StringIO()
json.dump({"z": [1, 2], "a": None}, buf, sort_keys=True, indent=3)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.loads(json.dumps({"nested": [[[[["deep"]]]]]})))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError as e:
    print("RecursionError")
print(json.dumps(list(range(3)), indent=0), json.dumps({}, indent=4), json.dumps([[]], indent=2))
