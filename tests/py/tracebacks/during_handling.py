# stderr: full
# Implicit chaining: "During handling of the above exception, another exception occurred".
try:
    [].pop()
except IndexError:
    undefined_function()
