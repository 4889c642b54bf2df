# stderr: full
# KeyError prints the repr of the key in the final line.
d = {}
d["quote's"]
