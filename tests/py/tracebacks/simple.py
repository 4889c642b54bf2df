# stderr: full
# An uncaught exception at module level: traceback on stderr, exit code 1.
print("before")
x = {"a": 1}
x["missing"]
print("never")
