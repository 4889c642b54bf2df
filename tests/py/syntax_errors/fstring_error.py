# stderr: full
# An empty expression inside an f-string.
print("not printed")
s = f"value: {}"
