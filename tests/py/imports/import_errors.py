# ImportError / ModuleNotFoundError messages and failed imports.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_basic import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import mod_broken
except ValueError as e:
    print("import raised", type(e).__name__, e)
import sys
print("mod_broken" in sys.modules)
try:
    import mod_broken
except ValueError as e:
    print("second import raised again", e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
