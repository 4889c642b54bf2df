# __import__ and the builtins module.
m = __import__("math")
print(m.sqrt(16), m.__name__)
os_path = __import__("os.path")
print(os_path.__name__)
import builtins
print(builtins.len("abc"), builtins.__name__, type(builtins.print).__name__)
print(builtins is __builtins__ or builtins.__dict__ is __builtins__)
_orig = builtins.len
builtins.len = lambda x: 42
print(len("abc"))
builtins.len = _orig
print(len("abc"))
try:
    __import__("definitely_missing_mod")
except ImportError as e:
    print(type(e).__name__, e, e.name)
