# stderr: full
# A keyword used as an identifier.
print("not printed")
class = 5
