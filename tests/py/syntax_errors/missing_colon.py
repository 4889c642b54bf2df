# stderr: full
# A compound statement without its colon.
print("not printed")
def f(x)
    return x
