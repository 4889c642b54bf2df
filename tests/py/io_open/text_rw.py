# Writing and reading text files: write/read/readline/readlines, modes w/a/r.
import os
path = os.path.join(os.environ["TMPDIR"], "text.txt")
f = open(path, "w")
print(f.write("line one\n"), f.write("line two\nline three"))
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("\nappended\n")
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.readline()))
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().splitlines())
print(os.path.getsize(path))
