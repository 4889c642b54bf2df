# Packages: __init__, submodules, relative imports.
import pkg
print(pkg.PKG_CONST, pkg.helper())
from pkg.sub import leaf
print(leaf.LEAF)
import pkg.sub
print(pkg.sub.SUB, pkg.sub.leaf is leaf)
from pkg import helpers
print(helpers.helper(), helpers.__name__, leaf.__name__)
import pkg.helpers as ph
print(ph is helpers)
