from .. import PKG_CONST
from ..helpers import helper as h
LEAF = "leaf sees " + PKG_CONST + " and " + h()
