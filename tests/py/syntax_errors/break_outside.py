# stderr: full
# break outside of a loop is a compile-time error.
print("not printed")
break
