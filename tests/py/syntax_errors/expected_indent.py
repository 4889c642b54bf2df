# stderr: full
# A block that is missing its indented body.
print("not printed")
if True:
print("body")
