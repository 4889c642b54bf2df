# Package helper for the imports tests.
print("pkg/__init__ runs")
PKG_CONST = "pkg-const"
from .helpers import helper
