# SyntaxError raised by compile()/exec()/eval() is catchable and carries position info.
for src in ["x = (1,", "1 +", "def f(:\n  pass", "a b", "x = 1\n  y = 2", "f(**)", "'abc"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.filename)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec("for x in range(3)\n    pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.text)
print("still running")
