# os: makedirs, walk, scandir, stat, rename/replace, environ methods, low-level fds.
import os
os.chdir(os.environ["TMPDIR"])
os.makedirs("tree/a/b")
os.makedirs("tree/a/b", exist_ok=True)
try:
    os.makedirs("tree/a")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
for name in ["tree/top.txt", "tree/a/mid.txt", "tree/a/b/deep.txt", "tree/a/b/deep2.txt"]:
    with open(name, "w") as f:
        f.write(name)
for root, dirs, files in os.walk("tree"):
    dirs.sort()
    print(root, dirs, sorted(files))
print([r for r, d, f in os.walk("tree", topdown=False)][-1])
print(sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir("tree")))
with os.scandir("tree/a") as it:
    print(sorted(e.path for e in it))
st = os.stat("tree/top.txt")
print(st.st_size, st.st_mode & 0o170000 == 0o100000, os.stat("tree").st_mode & 0o170000 == 0o040000)
print(type(st.st_mtime).__name__, type(st[8]).__name__, isinstance(st.st_mtime_ns, int), len(st))
print(os.path.getsize("tree/a/mid.txt"), os.path.getmtime("tree/a/mid.txt") == os.stat("tree/a/mid.txt").st_mtime)
os.rename("tree/top.txt", "tree/top2.txt")
try:
    os.rename("tree/missing", "tree/x")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename, e.filename2)
with open("tree/other.txt", "w") as f:
    f.write("other")
os.replace("tree/other.txt", "tree/top2.txt")
with open("tree/top2.txt") as f:
    print(f.read())
try:
    os.rmdir("tree/a")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove("tree/a")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir("tree/top2.txt")
except NotADirectoryError as e:
    print("NotADirectoryError", e)
os.remove("tree/a/b/deep.txt")
os.remove("tree/a/b/deep2.txt")
os.removedirs("tree/a/b") if False else os.rmdir("tree/a/b")
print(sorted(os.listdir("tree")), sorted(os.listdir("tree/a")))
os.symlink("top2.txt", "tree/link")
print(os.path.islink("tree/link"), os.readlink("tree/link"), os.path.realpath("tree/link") == os.path.abspath("tree/top2.txt"))
print(os.lstat("tree/link").st_mode & 0o170000 == 0o120000, os.path.exists("tree/link"))
here = os.getcwd()
os.chdir("tree")
print(os.path.basename(os.getcwd()), sorted(os.listdir()))
os.chdir(here)
print(os.getcwd() == here)
try:
    os.chdir("nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
env = os.environ
env["OSLIB_A"] = "1"
print(env.get("OSLIB_A"), env.setdefault("OSLIB_A", "2"), env.setdefault("OSLIB_B", "3"), os.getenv("OSLIB_B"))
print(env.pop("OSLIB_B"), env.pop("OSLIB_B", "gone"), "OSLIB_B" in env, "OSLIB_A" in env.keys())
copy = env.copy()
print(type(copy).__name__, copy["OSLIB_A"], len(env) == len(copy))
env.update({"OSLIB_C": "c"}, OSLIB_D="d")
print(env["OSLIB_C"], env["OSLIB_D"], ("OSLIB_C", "c") in env.items())
try:
    env["OSLIB_E"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    env["BAD=NAME"] = "x"
except ValueError as e:
    print("ValueError", e)
del env["OSLIB_C"]
print("OSLIB_C" in env, repr(env)[:9])
fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open("raw.bin", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.lseek(fd, 6, os.SEEK_SET)
print(os.read(fd, 5), os.fstat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print("OSError", e.errno, e.strerror)
r, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
print(len(os.urandom(16)), type(os.urandom(0)).__name__)
class P:
    def __fspath__(self):
        return "tree"
print(os.fspath(P()), os.path.isdir(P()), os.fspath("s"), os.fspath(b"b"))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
print(os.strerror(2), os.getppid() > 0, os.name, os.linesep == "\n", os.devnull, os.curdir, os.pardir, os.extsep)
import sys
print(sys.modules["os.path"] is os.path, os.path.__name__)
