# try/except/else/finally ordering and exception binding.
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
try:
    {}["k"]
except (IndexError, KeyError) as e:
    print("tuple clause", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("base class clause", type(e).__name__, e)
try:
    1 / 0
except:
    print("bare except")
try:
    raise TypeError("first")
except ValueError:
    print("wrong")
except TypeError as e:
    print("second clause", e)
e = "outer"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    e
except NameError as err:
    print("name unbound after except:", err)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
nested()
