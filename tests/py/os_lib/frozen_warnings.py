# warnings: filters, catch_warnings(record=True), error action, custom showwarning.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("b", RuntimeWarning)
    warnings.warn(DeprecationWarning("c"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="ign")
    warnings.warn("ignored msg")
    warnings.warn("Ignore me too")
    warnings.warn("kept")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("hidden")
    warnings.warn("shown", RuntimeWarning)
    print([str(x.message) for x in w])
shown = []
def show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("custom")
print(shown, warnings.showwarning is not show)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1"), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError")
