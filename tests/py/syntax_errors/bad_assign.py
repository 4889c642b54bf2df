# stderr: full
# Assignment to a literal.
print("not printed")
1 = x
