# import m, import m as n, from m import a, b as c.
import mod_basic
print(mod_basic.VALUE, mod_basic.greet("x"), mod_basic.Thing.kind, mod_basic.__name__)
import mod_basic as mb
print(mb is mod_basic, mb.bump(), mod_basic.bump(), mb.counter)
from mod_basic import greet, VALUE as V, Thing
print(greet("y"), V, Thing().kind)
from mod_basic import counter
mod_basic.bump()
print(counter, mod_basic.counter)
import sys
print("mod_basic" in sys.modules, sys.modules["mod_basic"] is mod_basic)
import mod_basic, mod_star
print(mod_star.public_a)
print(type(mod_basic).__name__, mod_basic.__file__.endswith("mod_basic.py"))
