# An uncaught exception gives exit code 1 after the earlier output is flushed.
print("partial output")
def f():
    return [1, 2][2]
f()
