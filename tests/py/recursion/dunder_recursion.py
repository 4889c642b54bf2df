# Recursion through __repr__, __getattr__ and __eq__ is also bounded.
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", type(e).__name__)
class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    G().a
except RecursionError as e:
    print("getattr:", type(e).__name__)
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("eq:", type(e).__name__)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("deep list repr:", type(e).__name__)
print("alive")
