# and / or / not return operands and short-circuit.
def t(name, val):
    print("eval", name)
    return val
print(0 and 1, 1 and 2, 0 or 3, 4 or 5, "" or "default", [] and "x", None or 0)
print(not 0, not 1, not "", not [0], not None)
print(t("a", 0) and t("b", 1))
print(t("c", 1) or t("d", 1))
print(t("e", 1) and t("f", 0) or t("g", "G"))
print(not t("h", []) and t("i", "I"))
x = None
print(x is not None and x.attr)
print(1 if t("cond", True) else t("never", 2))
r = t("x", 0) or t("y", 0) or t("z", "last")
print(r)
