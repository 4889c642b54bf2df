# json.loads error messages (JSONDecodeError is a ValueError).
import json
for bad in ["", "{", "[1, 2", "{'a': 1}", '{"a" 1}', "[1,]", "tru", '"unterminated', "1 2", "{\"a\": 1,}", "[01]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", type(e).__name__, isinstance(e, ValueError), e.msg, e.lineno, e.colno, e.pos)
