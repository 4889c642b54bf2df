# Imports inside functions bind local names.
def use_math():
    import math
    from mod_basic import greet as g
    return math.floor(2.7), g("local")
print(use_math())
print("math" in dir(), "g" in dir())
def lazy():
    import mod_star
    return mod_star.public_b
print(lazy(), lazy())
