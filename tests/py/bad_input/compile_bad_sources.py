# compile() rejects bad sources with the right exception types.
cases = [
    ("tab/space mix", "if True:\n        x = 1\n\ty = 2\n", "exec"),
    ("null byte", "x = 1\x00\n", "exec"),
    ("bad utf8 bytes", b"s = '\xff'\n", "exec"),
    ("lone dedent", "if 1:\n    x\n  y\n", "exec"),
    ("eval of statement", "x = 1", "eval"),
    ("empty eval", "", "eval"),
    ("unbalanced", ")", "exec"),
    ("bad escape in bytes", "b'\\xZZ'", "eval"),
    ("non-ascii in bytes", "b'é'", "eval"),
    ("bad number", "1__2", "eval"),
    ("leading zero", "012", "eval"),
    ("bad decorator", "@\ndef f(): pass", "exec"),
    ("star alone", "*a = 1", "exec"),
    ("yield outside", "yield 1", "exec"),
    ("await outside", "await x", "exec"),
    ("duplicate arg", "def f(a, a): pass", "exec"),
    ("nonlocal missing", "def f():\n    nonlocal q\n", "exec"),
    ("default order", "def f(a=1, b): pass", "exec"),
]
for name, src, mode in cases:
    try:
        compile(src, "<case>", mode)
        print(name, "-> compiled")
    except SyntaxError as e:
        print(name, "->", type(e).__name__, e.msg)
    except ValueError as e:
        print(name, "->", type(e).__name__, e)
