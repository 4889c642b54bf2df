# finally runs on return, break, continue and exceptions; its own return overrides.
def f(mode):
    try:
        if mode == "raise":
            raise ValueError("err")
        if mode == "return":
            return "from try"
        return "normal"
    except ValueError:
        return "from except"
    finally:
        print("finally for", mode)
print(f("raise"), f("return"), f("x"))
def override():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed the exception"
print(override())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested_finally())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    exc_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
