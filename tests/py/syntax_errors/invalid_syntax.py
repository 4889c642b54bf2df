# stderr: full
# Two expressions in a row.
print("not printed")
x = 1 2
