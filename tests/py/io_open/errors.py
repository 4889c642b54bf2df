# open() errors: missing file, bad mode, directory, closed file.
import os
tmp = os.environ["TMPDIR"]
missing = os.path.join(tmp, "does_not_exist.txt")
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
try:
    open(missing, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(tmp)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
p = os.path.join(tmp, "f.txt")
f = open(p, "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print(type(e).__name__, e)
with open(p, "w") as f:
    pass
try:
    with open(p) as f:
        f.write("no")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(p, "w").write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(p, "wb").write("str")
except TypeError as e:
    print(type(e).__name__, e)
