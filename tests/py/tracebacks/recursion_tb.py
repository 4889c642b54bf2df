# stderr: full
# RecursionError traceback collapses repeated frames.
def down(n):
    return down(n + 1)

down(0)
