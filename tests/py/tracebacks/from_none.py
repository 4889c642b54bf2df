# stderr: full
# raise ... from None suppresses the context in the traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r}") from None

lookup({}, "q")
