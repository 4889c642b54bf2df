# Helper module without __all__ (not a test).
visible = 1
_hidden = 2
def func():
    return "func"
