# Less common sys attributes.
import sys
print(sys.getsizeof(1) > 0, sys.getsizeof([], 5) > 0, sys.getsizeof("abc") > sys.getsizeof(""))
print(sys.int_info.bits_per_digit, sys.int_info[1], sys.int_info.default_max_str_digits)
print("sys" in sys.builtin_module_names, sys.float_repr_style, sys.getfilesystemencoding())
print(sys.gettrace(), sys.getprofile())
def tracer(*a):
    return None
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.displayhook(42)
sys.displayhook(None)
print(_)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
try:
    raise ValueError("shown by excepthook")
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
class Sized:
    def __sizeof__(self):
        return 1234
print(sys.getsizeof(Sized()) >= 1234)
