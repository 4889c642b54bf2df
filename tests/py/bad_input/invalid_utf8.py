# stderr: full
# A source file that is not valid UTF-8 is rejected with a SyntaxError before running.
print("not printed")
s = "café"
