# os.path functions on fixed strings.
import os
print(os.path.join("a", "b", "c.txt"), os.path.join("/abs", "x"), os.path.join("a", "/reset", "y"), os.path.join("a/", "b"), os.path.join("", "a"))
for p in ["/usr/lib/file.tar.gz", "rel/dir/", "name", "/", "", "a/b/../c", "//double//slash"]:
    print(repr(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.split(p), os.path.splitext(p), os.path.isabs(p))
print(os.path.normpath("a/b/../c/./d//e"), os.path.normpath("/../x"), os.sep, os.pathsep, os.curdir, os.pardir)
print(os.path.splitext(".bashrc"), os.path.splitext("a.b.c"), os.path.join(*["x", "y", "z"]))
