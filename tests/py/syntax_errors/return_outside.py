# stderr: full
# return outside of a function is a compile-time error.
print("not printed")
return 5
