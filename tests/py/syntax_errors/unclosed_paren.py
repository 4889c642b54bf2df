# stderr: full
# An unclosed bracket is reported at the opening bracket; nothing runs.
print("this must not be printed")
values = [1, 2,
          3, 4
total = sum(values)
