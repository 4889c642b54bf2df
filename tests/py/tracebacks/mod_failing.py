# Helper module for in_module.py (not a test).
def explode(n):
    if n == 0:
        raise ValueError("exploded at zero")
    return explode(n - 1)
