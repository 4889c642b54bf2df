# stderr: full
# A dedent to a column that matches no outer block.
print("not printed")
if True:
        x = 1
    y = 2
