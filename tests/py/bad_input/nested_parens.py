# Deeply nested brackets in source compiled at run time: SyntaxError "too many nested parentheses".
for depth in (50, 199, 200, 1000, 100000):
    src = "(" * depth + "1" + ")" * depth
    try:
        print(depth, eval(src))
    except SyntaxError as e:
        print(depth, type(e).__name__, e.msg)
    except (RecursionError, MemoryError) as e:
        print(depth, type(e).__name__)
for opener, closer in (("[", "]"), ("{", "}")):
    src = opener * 300 + closer * 300
    try:
        compile(src, "<deep>", "eval")
    except SyntaxError as e:
        print(opener, type(e).__name__, e.msg)
print("still running")
