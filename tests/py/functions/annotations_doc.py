# Annotations and docstrings are accessible.
def f(a: int, b: "str" = "x") -> list:
    """Docstring of f."""
    return [a, b]
print(f(1), f.__doc__)
print(f.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
class C:
    """Class doc."""
    attr: int = 3
    def m(self):
        "method doc"
print(C.__doc__, C.m.__doc__, C.attr, C.__annotations__)
def nodoc():
    pass
print(nodoc.__doc__)
