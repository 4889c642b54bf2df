# stderr: full
# Frames of generators and lambdas appear with their names.
def gen():
    yield 1
    yield (lambda: None.attr)()

for v in gen():
    print(v)
