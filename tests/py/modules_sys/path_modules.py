# sys.path[0] is the script's folder; sys.modules tracks imports.
import sys
import os
print(type(sys.path).__name__, os.path.samefile(sys.path[0], os.getcwd()))
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print("mod_probe" in sys.modules)
import mod_probe
print("mod_probe" in sys.modules, sys.modules["mod_probe"] is mod_probe, mod_probe.__name__)
sys.path.insert(0, "/nonexistent-dir-for-test")
print(sys.path[0])
sys.path.pop(0)
