# A module body runs once; later imports reuse sys.modules.
import sys
import mod_basic
import mod_basic
from mod_basic import VALUE
print(VALUE)
del sys.modules["mod_basic"]
import mod_basic as again
print(again.VALUE, again is not None)
print(sys.modules["mod_basic"] is again)
