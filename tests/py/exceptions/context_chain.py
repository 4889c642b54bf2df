# Implicit exception chaining via __context__.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        pass
except KeyError as e:
    print(e.__context__)
def handler():
    try:
        raise OSError("io")
    except OSError:
        try:
            raise TypeError("t")
        except TypeError as inner:
            return inner
r = handler()
print(repr(r), repr(r.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v
except ValueError as e:
    print("self context:", e.__context__)
import sys
try:
    raise ValueError("active")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
