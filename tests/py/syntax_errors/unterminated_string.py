# stderr: full
# A string literal that does not end on its line.
print("not printed")
s = 'abc
