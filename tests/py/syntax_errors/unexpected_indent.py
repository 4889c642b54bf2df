# stderr: full
# An indented line where none is expected.
print("not printed")
x = 1
    y = 2
