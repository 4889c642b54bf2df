# stderr: full
# nonlocal at module level.
print("not printed")
nonlocal x
