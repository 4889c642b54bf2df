# from m import * honours __all__ and skips underscore names otherwise.
from mod_star import *
print(public_a, public_b)
print("not_exported" in dir(), "_underscore" in dir())
from mod_nostar import *
print(visible, func(), "_hidden" in dir())
