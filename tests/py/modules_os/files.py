# os.listdir, exists/isfile/isdir, getsize, mkdir, remove, rename in a temp dir.
import os
base = os.path.join(os.environ["TMPDIR"], "os_files")
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.listdir(base))
for name in ["b.txt", "a.txt", "c.dat"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "a.txt")))
os.rename(os.path.join(base, "c.dat"), os.path.join(base, "d.dat"))
os.remove(os.path.join(base, "a.txt"))
print(sorted(os.listdir(base)), os.path.exists(os.path.join(base, "a.txt")))
os.mkdir(os.path.join(base, "sub"))
print(sorted(os.listdir(base)), os.path.isdir(os.path.join(base, "sub")))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "missing"))
except OSError as e:
    print(type(e).__name__, e.errno)
os.rmdir(os.path.join(base, "sub"))
for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))
