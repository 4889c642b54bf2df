# if / elif / else and truthiness of values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 99)])
for v in (0, 1, "", "a", [], [0], {}, {"k": 0}, None, 0.0, -0.1, set(), (), (None,), range(0), range(1)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 1:
    if x > 3:
        print("nested")
if x: print("one-line if")
if not x: pass
else: print("one-line else")
