# stderr: full
# A triple-quoted string that never ends.
print("not printed")
s = """abc
def
